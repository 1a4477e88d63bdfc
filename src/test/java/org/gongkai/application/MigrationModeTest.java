package org.gongkai.application;

import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.report.ComputeApplicationsTable;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Migration mode: earlier applications registered with their real dates and outcomes, marked, counted, checked. */
@IntegrationTest
@RecordApplicationEvents
class MigrationModeTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationStore store;
    @Autowired ComputeApplicationsTable table;
    @Autowired ApplicationEvents events;
    @Autowired JdbcClient jdbc;

    long org;
    StaffUser officer;

    void setUp() {
        org = fixtures.organisation("教育局");
        officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
    }

    static int twoYearsAgo() {
        return LocalDate.now(Zones.CHINA).getYear() - 2;
    }

    MockHttpServletRequestBuilder earlier(String number, String name, String received, String replied, String outcome,
                                          String description) {
        var b = post("/admin/applications/migrate").param("applicantType", "NATURAL_PERSON").param("name", name)
                .param("idType", "RESIDENT_ID").param("idNumber", ApplicationSamples.residentId())
                .param("phone", "010-12345678").param("description", description).param("delivery", "PAPER")
                .param("channel", "POST").param("receivedOn", received).param("repliedOn", replied)
                .param("replyText", "经查，所申请信息属于国家秘密。");
        if (number != null) {
            b = b.param("earlierNumber", number);
        }
        if (outcome != null) {
            b = b.param("outcome", outcome);
        }
        return b.with(csrf()).with(fixtures.as(officer));
    }

    @Test
    void anEarlierApplicationIsStoredAnsweredMarkedAuditedAndCountedInItsYear() throws Exception {
        setUp();
        int year = twoYearsAgo();
        mvc.perform(get("/admin/applications/migrate").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("迁移登记历史申请")));
        mvc.perform(earlier("教依申〔" + year + "〕7号", "李四", year + "-03-05", year + "-03-20",
                        "WITHHELD_STATE_SECRET", "某中学招生计划"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from disclosure_application where organisation_id = ?").param(org)
                .query(Long.class).single();
        DisclosureApplication app = store.get(id);
        assertThat(app.migrated()).isTrue();
        assertThat(app.earlierNumber()).isEqualTo("教依申〔" + year + "〕7号");
        assertThat(app.status()).isEqualTo(ApplicationStatus.ANSWERED);
        assertThat(app.dueOn()).isNull();
        assertThat(app.receivedOn()).isEqualTo(LocalDate.of(year, 3, 5));
        assertThat(app.repliedOn()).isEqualTo(LocalDate.of(year, 3, 20));
        assertThat(app.outcome()).isEqualTo(ReplyOutcome.WITHHELD_STATE_SECRET);
        assertThat(table.compute(org, year).cell("三.（三）.1", 0)).isEqualTo(1);
        assertThat(table.compute(org, year).cell("一", 0)).isEqualTo(1);
        assertThat(table.compute(org, year + 1).cell("二", 0)).isZero();
        StaffAction audit = events.stream(StaffAction.class)
                .filter(a -> a.action().equals("application.migrated") && a.targetId().equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(audit.after()).containsEntry("migrated", "true").containsEntry("repliedOn", year + "-03-20");
        mvc.perform(get("/admin/applications/" + id).with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("迁移登记的历史申请")));
        mvc.perform(get("/admin/applications").param("open", "false").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("class=\"badge\">迁移登记</span>")));
        mvc.perform(post("/admin/applications/" + id + "/delivery").param("method", "EMAIL").param("sendEmail", "true")
                .with(csrf()).with(fixtures.as(officer))).andExpect(status().is4xxClientError());
    }

    @Test
    void duplicatesAndBadDatesAndAMissingOutcomeAreRefusedWithTheReason() throws Exception {
        setUp();
        int year = twoYearsAgo();
        mvc.perform(earlier("A-1", "王五", year + "-05-06", year + "-05-20", "DISCLOSED", "学区划分"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(earlier("A-1", "赵六", year + "-06-06", year + "-06-20", "DISCLOSED", "另一件"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("本机关已登记过这个原申请编号的申请")));
        mvc.perform(earlier(null, "王五", year + "-05-06", year + "-05-21", "DISCLOSED", "学区划分"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("同一申请人在同一天提出的相同申请")));
        mvc.perform(earlier(null, "钱七", year + "-05-06", year + "-05-01", "DISCLOSED", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("答复发出日期不能早于收到申请的日期。")));
        mvc.perform(earlier(null, "钱七", year + "-05-06", LocalDate.now(Zones.CHINA).plusDays(2).toString(), "DISCLOSED", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("答复发出日期不能晚于今天。")));
        mvc.perform(earlier(null, "钱七", year + "-05-06", year + "-05-08", null, "x"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择答复结果。")));
        mvc.perform(earlier(null, "钱七", year + "-05-06", year + "-05-08", "NOT_AN_OUTCOME", "x"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from disclosure_application where organisation_id = ?").param(org)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyTheOfficesDisclosureOfficerMigrates() throws Exception {
        setUp();
        StaffUser editor = fixtures.staff(org, Role.EDITOR);
        mvc.perform(get("/admin/applications/migrate").with(fixtures.as(editor))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/applications/migrate").with(csrf()).with(fixtures.as(editor)))
                .andExpect(status().isForbidden());
    }
}
