package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.report.ComputeApplicationsTable;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The date a reply was sent (or an application lapsed) as entered by staff decides the year of table 三. */
@IntegrationTest
@RecordApplicationEvents
class ReplyDateTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicationStore store;
    @Autowired ReplyToApplication reply;
    @Autowired FeeNotice fees;
    @Autowired ComputeApplicationsTable table;
    @Autowired ApplicationEvents events;

    long org;
    StaffUser officer;

    void setUp() {
        org = fixtures.organisation("教育局");
        officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
    }

    static LocalDate today() {
        return LocalDate.now(Zones.CHINA);
    }

    long registered(LocalDate receivedOn) {
        Organisation o = organisations.get(org);
        return receive.offline(officer, o, ApplicationSamples.parts("申请人", "学校收费标准"), Channel.POST,
                receivedOn, null).id();
    }

    @Test
    void aLetterPostedOn30DecemberAndEnteredInJanuaryCountsInDecembersYear() throws Exception {
        setUp();
        int last = today().getYear() - 1;
        long id = registered(LocalDate.of(last, 12, 10));
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "DISCLOSED")
                        .param("text", "予以公开。").param("on", last + "-12-30").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        DisclosureApplication app = store.get(id);
        assertThat(app.repliedOn()).isEqualTo(LocalDate.of(last, 12, 30));
        var lastYear = table.compute(org, last);
        assertThat(lastYear.cell("三.（一）", 0)).isEqualTo(1);
        assertThat(lastYear.cell("四", 0)).isZero();
        var thisYear = table.compute(org, last + 1);
        assertThat(thisYear.cell("二", 0)).isZero();
        assertThat(thisYear.cell("三.（一）", 0)).isZero();
        StaffAction answered = events.stream(StaffAction.class)
                .filter(a -> String.valueOf(id).equals(a.targetId()) && a.action().equals("application.answered"))
                .findFirst().orElseThrow();
        assertThat(answered.before()).containsEntry("status", "IN_PROGRESS");
        assertThat(answered.after()).containsEntry("status", "ANSWERED")
                .containsEntry("repliedOn", last + "-12-30").containsEntry("enteredOn", today().toString());
    }

    @Test
    void withoutADateTheReplyIsDatedTheDayItIsEntered() {
        setUp();
        long id = registered(today());
        reply.reply(officer, id, ReplyOutcome.DISCLOSED, "予以公开。", null);
        assertThat(store.get(id).repliedOn()).isEqualTo(today());
    }

    @Test
    void aReplyDateInTheFutureOrBeforeReceiptIsRefusedWithTheReason() throws Exception {
        setUp();
        long id = registered(today().minusDays(3));
        assertThatThrownBy(() -> reply.reply(officer, id, ReplyOutcome.DISCLOSED, "x", today().plusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("on", "app.error.replyOnFuture"));
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "DISCLOSED").param("text", "予以公开。")
                        .param("on", today().minusDays(4).toString()).with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("答复发出日期不能早于收到申请的日期。")));
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "DISCLOSED").param("text", "予以公开。")
                        .param("on", today().plusDays(1).toString()).header("Accept-Language", "en")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
        assertThat(store.get(id).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    }

    @Test
    void theReplyFormMakesTheOfficerChooseAnOutcome() throws Exception {
        setUp();
        long id = registered(today());
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"\" selected=\"selected\">")))
                .andExpect(content().string(containsString("<details")))
                .andExpect(content().string(containsString("name=\"on\" type=\"date\"")));
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "").param("text", "予以公开。")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择答复结果。")));
    }

    @Test
    void aLapseCarriesTheDateItLapsed() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        fees.notice(officer, id, FeeMethod.PER_PAGE, 150, LocalDate.parse("2024-10-08"));
        LocalDate due = store.get(id).fee().dueOn();
        assertThatThrownBy(() -> fees.lapse(officer, id, due))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors()).containsEntry("on", "app.error.lapseOnBeforeEnd"));
        assertThatThrownBy(() -> fees.lapse(officer, id, today().plusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        fees.lapse(officer, id, due.plusDays(1));
        DisclosureApplication closed = store.get(id);
        assertThat(closed.outcome()).isEqualTo(ReplyOutcome.OTHER_FEE_UNPAID);
        assertThat(closed.repliedOn()).isEqualTo(due.plusDays(1));
        assertThat(table.compute(org, 2024).cell("三.（六）.2", 0)).isEqualTo(1);
    }
}
