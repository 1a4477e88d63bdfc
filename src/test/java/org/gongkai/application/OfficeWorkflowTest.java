package org.gongkai.application;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.calendar.DeadlineCalculator;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The office's transitions, their deadlines on the real calendar, and the forbidden ones. */
@IntegrationTest
@RecordApplicationEvents
class OfficeWorkflowTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired ReceiveApplication receive;
    @Autowired ApplicationStore store;
    @Autowired RequestCorrection correction;
    @Autowired ThirdPartyConsultation consultation;
    @Autowired ExtendDeadline extension;
    @Autowired FeeNotice fees;
    @Autowired ReplyToApplication reply;
    @Autowired DailyApplicationJob job;
    @Autowired DeadlineCalculator deadlines;
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
        return receive.offline(officer, o, ApplicationSamples.parts("申请人", "学校收费标准"), Channel.IN_PERSON,
                receivedOn, null).id();
    }

    @Test
    void receivedBeforeNationalDay2024IsDueOn30October() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        DisclosureApplication app = store.get(id);
        // Sat 28 Sep off, Sun 29 Sep a make-up workday, 1–7 Oct off, Sat 12 Oct a make-up workday
        assertThat(app.dueOn()).isEqualTo(LocalDate.parse("2024-10-30"))
                .isEqualTo(deadlines.deadline(LocalDate.parse("2024-09-27"), 20).due());
        assertThat(app.dueProvisional()).isFalse();
        assertThat(app.trackingNumber()).contains("-20240927-");
    }

    @Test
    void thirdPartyConsultationDoesNotCount() throws Exception {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        consultation.start(officer, id, LocalDate.parse("2024-10-08"), "征求某公司意见");
        DisclosureApplication during = store.get(id);
        assertThat(during.status()).isEqualTo(ApplicationStatus.CONSULTING);
        // the clock stands still: no working days counting down to a due date that assumes the full pause
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("计时暂停")));
        // while open, the pause runs to the third party's 15th working day: 2024-10-29
        assertThat(store.pauses(id).get(0).limitOn()).isEqualTo(deadlines.deadline(LocalDate.parse("2024-10-08"), 15).due());
        consultation.end(officer, id, LocalDate.parse("2024-10-15"), "已回复");
        // stopped: 9, 10, 11, 12 (make-up), 14, 15 October = 6 working days after the 30 October due date
        assertThat(store.get(id).dueOn()).isEqualTo(LocalDate.parse("2024-11-07"))
                .isEqualTo(deadlines.deadline(LocalDate.parse("2024-10-30"), 6).due());
        assertThat(store.get(id).status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
    }

    @Test
    void aConsultationWithoutAnswerEndsAtTheThirdPartysLimit() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        consultation.start(officer, id, LocalDate.parse("2024-10-08"), null);
        job.runOnce();
        DisclosureApplication app = store.get(id);
        assertThat(app.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        LocalDate limit = deadlines.deadline(LocalDate.parse("2024-10-08"), 15).due();
        assertThat(store.pauses(id).get(0).endedOn()).isEqualTo(limit);
        // the 15 stopped working days push 30 October by 15 working days
        assertThat(app.dueOn()).isEqualTo(deadlines.deadline(LocalDate.parse("2024-10-30"), 15).due());
        assertThat(app.flag()).isEqualTo("OVERDUE");
    }

    @Test
    void correctionRestartsTheTwentyDays() {
        setUp();
        LocalDate received = today().minusDays(5);
        long id = registered(received);
        correction.request(officer, id, "请写明所需信息的年份", received);
        DisclosureApplication waiting = store.get(id);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.AWAITING_CORRECTION);
        assertThat(waiting.dueOn()).isNull();
        assertThat(waiting.correctionDueOn()).isEqualTo(deadlines.deadline(received, 15).due());
        assertThatThrownBy(() -> correction.lapse(officer, id)).isInstanceOf(ConflictException.class);
        correction.recordArrival(officer, id, today(), "补正材料已到");
        DisclosureApplication restarted = store.get(id);
        assertThat(restarted.status()).isEqualTo(ApplicationStatus.IN_PROGRESS);
        assertThat(restarted.clockStart()).isEqualTo(today());
        assertThat(restarted.dueOn()).isEqualTo(deadlines.deadline(today(), 20).due());
        // one combined notice only
        assertThatThrownBy(() -> correction.request(officer, id, "再补一次", today()))
                .isInstanceOf(ConflictException.class).hasMessage("app.conflict.correctionTwice");
    }

    @Test
    void correctionLaterThanSevenWorkingDaysIsRefused() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        // 7 working days after 27 September 2024: 29 Sep (make-up), 30 Sep, 8–11 Oct, 12 Oct (make-up)
        assertThat(correction.lastNoticeDay(store.get(id))).isEqualTo(LocalDate.parse("2024-10-12"));
        assertThatThrownBy(() -> correction.request(officer, id, "补正", LocalDate.parse("2024-10-14")))
                .isInstanceOf(ConflictException.class).hasMessage("app.conflict.correctionLate");
        correction.request(officer, id, "补正", LocalDate.parse("2024-10-12"));
        // never corrected: the daily job closes it as 其他处理 / 逾期不补正
        job.runOnce();
        DisclosureApplication closed = store.get(id);
        assertThat(closed.status()).isEqualTo(ApplicationStatus.ANSWERED);
        assertThat(closed.outcome()).isEqualTo(ReplyOutcome.OTHER_NOT_CORRECTED);
        assertThat(closed.outcome().reportRow()).isEqualTo("三.（六）.1");
    }

    @Test
    void extensionNeedsTheHeadAndHappensOnce() {
        setUp();
        StaffUser head = fixtures.staff(org, Role.PUBLISHER);
        StaffUser both = fixtures.staff(org, Role.DISCLOSURE_OFFICER, Role.PUBLISHER);
        long id = registered(today());
        LocalDate due20 = store.get(id).dueOn();
        assertThatThrownBy(() -> extension.approve(head, id, null)).isInstanceOf(ConflictException.class)
                .hasMessage("app.conflict.extensionNotRequested");
        extension.request(both, id, "需要调取档案");
        assertThatThrownBy(() -> extension.approve(both, id, null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> extension.approve(officer, id, null)).isInstanceOf(ForbiddenException.class);
        extension.approve(head, id, "本机关决定延长答复期限20个工作日");
        DisclosureApplication extended = store.get(id);
        assertThat(extended.dueOn()).isEqualTo(deadlines.deadline(today(), 40).due()).isAfter(due20);
        assertThat(store.timeline(id, true)).anyMatch(e -> e.kind().equals("extensionApproved"));
        assertThatThrownBy(() -> extension.request(officer, id, "再延")).isInstanceOf(ConflictException.class)
                .hasMessage("app.conflict.extensionTwice");
    }

    @Test
    void extensionAfterTheDueDateIsRefused() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        assertThatThrownBy(() -> extension.request(officer, id, "迟了")).isInstanceOf(ConflictException.class)
                .hasMessage("app.conflict.extensionLate");
    }

    @Test
    void feeStopsTheClockAndUnpaidFeesClose() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        assertThatThrownBy(() -> fees.notice(officer, id, FeeMethod.PER_APPLICATION, null, LocalDate.parse("2024-10-08")))
                .isInstanceOf(ConflictException.class).hasMessage("app.conflict.feeFree");
        fees.notice(officer, id, FeeMethod.PER_PAGE, 150, LocalDate.parse("2024-10-08"));
        DisclosureApplication waiting = store.get(id);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.AWAITING_FEE);
        assertThat(waiting.fee().amount()).isEqualTo(1700);
        assertThat(waiting.dueOn()).isNull();
        assertThat(waiting.fee().dueOn()).isEqualTo(deadlines.deadline(LocalDate.parse("2024-10-08"), 20).due());
        assertThatThrownBy(() -> reply.reply(officer, id, ReplyOutcome.DISCLOSED, "x")).isInstanceOf(ConflictException.class);
        job.runOnce();
        DisclosureApplication closed = store.get(id);
        assertThat(closed.outcome()).isEqualTo(ReplyOutcome.OTHER_FEE_UNPAID);
        assertThat(closed.outcome().reportRow()).isEqualTo("三.（六）.2");
    }

    @Test
    void paymentRestartsTheClock() {
        setUp();
        long id = registered(LocalDate.parse("2024-09-27"));
        fees.notice(officer, id, FeeMethod.PER_PAGE, 31, LocalDate.parse("2024-10-08"));
        assertThat(store.get(id).fee().amount()).isEqualTo(10);
        fees.paid(officer, id, LocalDate.parse("2024-10-15"));
        // 6 working days stopped, as with the consultation above
        assertThat(store.get(id).dueOn()).isEqualTo(LocalDate.parse("2024-11-07"));
        assertThatThrownBy(() -> fees.notice(officer, id, FeeMethod.PER_PAGE, 40, null))
                .isInstanceOf(ConflictException.class).hasMessage("app.conflict.feeTwice");
    }

    @Test
    void theEleventhApplicationInAMonthCostsAHundred() {
        setUp();
        Organisation o = organisations.get(org);
        FormValidation.Parts parts = ApplicationSamples.parts("常客", "内容");
        long last = 0;
        for (int i = 0; i < 11; i++) {
            last = receive.offline(officer, o, parts, Channel.POST, LocalDate.parse("2024-03-04"), null).id();
        }
        assertThat(store.ordinalInMonth(store.get(last))).isEqualTo(11);
        fees.notice(officer, last, FeeMethod.PER_APPLICATION, null, LocalDate.parse("2024-03-05"));
        assertThat(store.get(last).fee().amount()).isEqualTo(100);
    }

    @Test
    void aReplyHasOneOutcomeAndIsFinal() throws Exception {
        setUp();
        long id = registered(today());
        assertThatThrownBy(() -> reply.reply(officer, id, ReplyOutcome.OTHER_NOT_CORRECTED, "x"))
                .isInstanceOf(ConflictException.class).hasMessage("app.conflict.outcomeReserved");
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "WITHHELD_STATE_SECRET")
                        .param("text", "所申请信息属于国家秘密。").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        DisclosureApplication app = store.get(id);
        assertThat(app.outcome().reportRow()).isEqualTo("三.（三）.1");
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "DISCLOSED").param("text", "再答复")
                        .with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("该申请已经答复")));
        mvc.perform(post("/admin/applications/" + id + "/consultation").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        mvc.perform(get("/admin/applications/" + id + "/letter").with(fixtures.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第十四条")))
                .andExpect(content().string(containsString("六十日内依法申请行政复议")))
                .andExpect(content().string(containsString("六个月内")));
        assertThat(events.stream(StaffAction.class).filter(a -> String.valueOf(id).equals(a.targetId()))
                .map(StaffAction::action)).contains("application.registered", "application.answered");
    }

    @Test
    void badInputIs400AndUnknownTransitionsAre409() throws Exception {
        setUp();
        long id = registered(today());
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "NOT_AN_OUTCOME")
                        .param("text", "经查，您申请的信息如下……（很长的答复）")
                        .with(csrf()).with(fixtures.as(officer))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("经查，您申请的信息如下……（很长的答复）")))
                .andExpect(content().string(containsString("role=\"alert\"")));
        mvc.perform(post("/admin/applications/" + id + "/reply").param("outcome", "DISCLOSED")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/applications/" + id + "/consultation").param("on", "2099-01-01")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/applications/" + id + "/consultation/end")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().isConflict());
        mvc.perform(post("/admin/applications/" + id + "/fee/paid")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().isConflict());
        mvc.perform(post("/admin/applications/" + id + "/correction/received")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().isConflict());
    }

    @Test
    void onlyTheOfficeActsAndHigherLevelsRead() throws Exception {
        setUp();
        long child = fixtures.organisation("学校", org);
        StaffUser childOfficer = fixtures.staff(child, Role.DISCLOSURE_OFFICER);
        StaffUser parentOfficer = officer;
        StaffUser editor = fixtures.staff(child, Role.EDITOR);
        long otherOrg = fixtures.organisation("别的局");
        StaffUser stranger = fixtures.staff(otherOrg, Role.DISCLOSURE_OFFICER);
        long id = receive.offline(childOfficer, organisations.get(child), ApplicationSamples.parts("某人", "内容"),
                Channel.FAX, LocalDate.parse("2024-09-27"), null).id();

        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(childOfficer))).andExpect(status().isOk());
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(parentOfficer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("您可查看本申请，但不能办理")));
        mvc.perform(post("/admin/applications/" + id + "/consultation").with(csrf()).with(fixtures.as(parentOfficer)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/applications").param("org", String.valueOf(child)).with(fixtures.as(stranger)))
                .andExpect(status().isForbidden());

        // supervision: the overdue application shows on the parent's dashboard with its holder
        job.runOnce();
        mvc.perform(get("/admin/applications/supervision").with(fixtures.as(parentOfficer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(store.get(id).trackingNumber())))
                .andExpect(content().string(containsString(childOfficer.displayName())))
                .andExpect(content().string(containsString("已超期")));
        mvc.perform(get("/admin/applications/supervision").with(fixtures.as(stranger))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(store.get(id).trackingNumber()))));
    }

    @Test
    void queueRegistrationAndSettingsPages() throws Exception {
        setUp();
        long id = registered(today());
        mvc.perform(get("/admin/applications").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(store.get(id).trackingNumber())))
                .andExpect(content().string(containsString("badge urgency-")));
        mvc.perform(get("/admin/applications").param("lang", "en").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Working days left")));
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("补正通知")));
        mvc.perform(get("/admin/applications/new").with(fixtures.as(officer))).andExpect(status().isOk());
        mvc.perform(post("/admin/applications").with(csrf()).with(fixtures.as(officer))
                        .param("channel", "ORAL").param("receivedOn", today().plusDays(3).toString())
                        .param("applicantType", "NATURAL_PERSON").param("name", "口头").param("idType", "PASSPORT")
                        .param("idNumber", "E12345678").param("phone", "13800000000").param("description", "内容")
                        .param("delivery", "PAPER"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(post("/admin/applications").with(csrf()).with(fixtures.as(officer))
                        .param("channel", "ORAL").param("receivedOn", today().toString())
                        .param("applicantType", "NATURAL_PERSON").param("name", "口头").param("idType", "PASSPORT")
                        .param("idNumber", "E12345678").param("phone", "13800000000").param("description", "内容")
                        .param("delivery", "PAPER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("query-code")));
        mvc.perform(post("/admin/applications/settings").param("correctionDays", "10").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(store.correctionWorkingDays(org)).isEqualTo(10);
        mvc.perform(post("/admin/applications/settings").param("correctionDays", "0").with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void similarRequestsAreGroupedAndBecomeATask() throws Exception {
        setUp();
        Organisation o = organisations.get(org);
        long a = receive.offline(officer, o, ApplicationSamples.parts("甲", "请公开2024年本校食堂承包合同"), Channel.POST, today(), null).id();
        long b = receive.offline(officer, o, ApplicationSamples.parts("乙", "申请公开2024年本校食堂承包合同全文"), Channel.POST, today(), null).id();
        receive.offline(officer, o, ApplicationSamples.parts("丙", "校车安全检查记录"), Channel.POST, today(), null);
        mvc.perform(get("/admin/applications/similar").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2 件")));
        mvc.perform(post("/admin/applications/similar/task").param("title", "主动公开食堂承包合同")
                        .param("ids", String.valueOf(a), String.valueOf(b)).with(csrf()).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/applications/similar").with(fixtures.as(officer)))
                .andExpect(content().string(containsString("主动公开食堂承包合同")));
    }
}
