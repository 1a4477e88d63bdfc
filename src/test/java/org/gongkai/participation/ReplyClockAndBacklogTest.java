package org.gongkai.participation;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.inspection.QuestionBacklog;
import org.gongkai.platform.Zones;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reply clock on the working-day calendar (across the 2026 National Day holiday and its make-up workday), the
 * reply periods per type, the backlog the site self-inspection reads, the monthly statistics and the database's
 * refusals.
 */
@IntegrationTest
class ReplyClockAndBacklogTest {

    @Autowired ReceiveMessage receive;
    @Autowired HandleMessage handle;
    @Autowired QuestionBacklog backlog;
    @Autowired MessageStatistics statistics;
    @Autowired ReplyClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    static MessageDraft draft(MessageType type, String subject) {
        return new MessageDraft(type, subject, "内容", "赵六", "13800000000", null, false);
    }

    static Instant at(String date) {
        return LocalDate.parse(date).atTime(10, 0).atZone(Zones.CHINA).toInstant();
    }

    @Test
    void theReplyIsDueTheTenthWorkingDayAfterReceiptSkippingTheHolidayAndCountingTheMakeUpDay() {
        long org = fixtures.organisation("留言期限市教育局");
        // received Wednesday 30 September 2026: 1–7 October off, Saturday 10 October worked (调休)
        ReceiveMessage.Receipt r = receive.receive(org, draft(MessageType.CONSULTATION, "国庆前的留言"), at("2026-09-30"));
        assertThat(r.dueOn()).isEqualTo(LocalDate.parse("2026-10-20"));
        // weekends alone would have said 14 October
        assertThat(r.dueOn()).isNotEqualTo(LocalDate.parse("2026-10-14"));
    }

    @Test
    void eachTypeHasItsOwnConfigurablePeriod() throws Exception {
        long org = fixtures.organisation("留言期限设置县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        String bad = mvc.perform(post("/admin/messages/settings").with(csrf()).with(fixtures.as(officer))
                        .param("daysCONSULTATION", "0").param("daysSUGGESTION", "x").param("daysCOMPLAINT", "5")
                        .param("daysLEADER", "15"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("请填写 1 至 60 之间的整数");
        mvc.perform(post("/admin/messages/settings").with(csrf()).with(fixtures.as(officer))
                        .param("daysCONSULTATION", "10").param("daysSUGGESTION", "20").param("daysCOMPLAINT", "5")
                        .param("daysLEADER", "15"))
                .andExpect(status().isFound());
        assertThat(clock.periods(org)).containsEntry(MessageType.COMPLAINT, 5).containsEntry(MessageType.SUGGESTION, 20);
        // Monday 12 October 2026 + 5 working days = Monday 19 October
        assertThat(receive.receive(org, draft(MessageType.COMPLAINT, "投诉"), at("2026-10-12")).dueOn())
                .isEqualTo(LocalDate.parse("2026-10-19"));
        assertThat(clock.periods(fixtures.organisation("未设置期限县教育局"))).containsEntry(MessageType.LEADER, 10);
        mvc.perform(get("/admin/messages/settings").with(fixtures.as(fixtures.staff(org, Role.REVIEWER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void validMessagesUnansweredForThreeMonthsFeedTheSelfInspection() throws Exception {
        long org = fixtures.organisation("留言自查县教育局");
        long clean = fixtures.organisation("留言自查无积压县教育局");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        LocalDate today = clock.today();
        String old = today.minusMonths(4).toString();
        long overdue = receive.receive(org, draft(MessageType.CONSULTATION, "四个月未答复的留言"), at(old)).id();
        long spam = receive.receive(org, draft(MessageType.CONSULTATION, "广告"), at(old)).id();
        long answered = receive.receive(org, draft(MessageType.SUGGESTION, "已答复的旧留言"), at(old)).id();
        receive.receive(org, draft(MessageType.COMPLAINT, "新近的留言"), at(today.toString()));
        receive.receive(clean, draft(MessageType.COMPLAINT, "新近的留言"), at(today.toString()));
        handle.markInvalid(officer, spam, 0, "SPAM");
        handle.reply(officer, answered, 0, "已答复。");

        List<QuestionBacklog.Unanswered> list = backlog.unansweredSince(org, today.minusMonths(3));
        assertThat(list).extracting(QuestionBacklog.Unanswered::id).containsExactly(overdue);
        assertThat(list.get(0).adminPath()).isEqualTo("/admin/messages/" + overdue);
        assertThat(backlog.countUnansweredSince(List.of(org, clean), today.minusMonths(3)))
                .isEqualTo(Map.of(org, 1L));

        String dashboard = mvc.perform(get("/admin/inspection").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("有 1 条有效留言超过 3 个月未答复", "/admin/messages/" + overdue);
        String cleanDashboard = mvc.perform(get("/admin/inspection")
                        .with(fixtures.as(fixtures.staff(clean, Role.DISCLOSURE_OFFICER))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cleanDashboard).contains("没有超过 3 个月未答复的有效留言");
    }

    @Test
    void monthlyStatisticsCountReplyTimesInWorkingDays() {
        MessageStore.Dated beforeHoliday = new MessageStore.Dated(MessageType.CONSULTATION,
                LocalDate.parse("2026-09-30"), LocalDate.parse("2026-10-09"), LocalDate.parse("2026-10-20"),
                Rating.BASICALLY_SATISFIED);
        MessageStore.Dated late = new MessageStore.Dated(MessageType.CONSULTATION,
                LocalDate.parse("2026-09-14"), LocalDate.parse("2026-10-12"), LocalDate.parse("2026-09-28"),
                Rating.DISSATISFIED);
        MessageStore.Dated open = new MessageStore.Dated(MessageType.COMPLAINT,
                LocalDate.parse("2026-09-29"), null, LocalDate.parse("2026-10-19"), null);
        MessageStatistics.Month m = statistics.month(YearMonth.of(2026, 9), List.of(beforeHoliday, late, open));
        // 30 Sep → 9 Oct: only 8 and 9 October are working days (2); 14 Sep → 12 Oct: 12 in September (the 25th off
        // for Mid-Autumn, Sunday the 20th worked) and 4 in October (8, 9, Saturday the 10th worked, 12)
        MessageStatistics.Line consultation = m.byType().get(0);
        assertThat(consultation.received()).isEqualTo(2);
        assertThat(consultation.answered()).isEqualTo(2);
        assertThat(consultation.longestDays()).isEqualTo(16);
        assertThat(consultation.averageDays()).isEqualTo(9.0);
        assertThat(consultation.onTimePercent()).isEqualTo(50);
        assertThat(consultation.rated()).isEqualTo(2);
        assertThat(consultation.satisfiedPercent()).isEqualTo(50);
        assertThat(m.total().received()).isEqualTo(3);
        assertThat(m.total().answered()).isEqualTo(2);
        assertThat(m.byType().get(2).onTimePercent()).isNull();
        assertThat(m.byType().get(2).satisfiedPercent()).isNull();
    }

    @Test
    void theDatabaseRefusesWhatTheRulesForbid() {
        long org = fixtures.organisation("留言约束县教育局");
        long id = receive.receive(org, draft(MessageType.LEADER, "约束"), at(clock.today().toString())).id();
        assertThatThrownBy(() -> jdbc.sql("update citizen_message set published_at = now() where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update citizen_message set writer_phone = null where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update citizen_message set status = 'ANSWERED' where id = ?").param(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from message_event where message_id = ?").param(id).update())
                .isInstanceOf(Exception.class);
    }
}
