package org.gongkai.demo;

import org.gongkai.application.OutcomeGroup;
import org.gongkai.application.ReplyOutcome;
import org.gongkai.platform.Zones;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a newcomer gets from the README's run command: a fresh, embedded database filled with the demo through the
 * real workflow (screening and review included). Its own context and database, never the server under test.
 */
@SpringBootTest(properties = {"gongkai.demo=true", "gongkai.data-dir=target/demo-test-data", "gongkai.db.url=",
        "gongkai.db.clean-on-start=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DemoContentTest {

    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;

    @Test
    void theFirstStartBuildsARealSite() throws Exception {
        assertThat(count("select count(*) from organisation")).isEqualTo(9);
        assertThat(count("select count(*) from catalog_node")).isGreaterThan(50);
        assertThat(count("select count(*) from public_document where status = 'PUBLISHED'")).isGreaterThanOrEqualTo(13);
        assertThat(count("select count(*) from public_document where status = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(count("select count(*) from edition where status in ('DRAFT', 'SUBMITTED')")).isEqualTo(3);
        assertThat(count("select count(distinct role) from staff_role where role in ('SYSTEM_ADMIN','SECURITY_ADMIN','AUDIT_ADMIN')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from staff_user where must_change_password = false")).isZero();
        assertThat(count("select count(*) from public_document where validity = 'REVISED' and replaced_by_document_id is not null"))
                .isEqualTo(1);
        long founding = count("""
                select document_id from public_document where title = '教育部办公厅关于全面推进政务公开工作的实施意见'
                   and document_number = '教办厅〔2017〕3号' and issuer = '教育部办公厅' and written_date = date '2017-04-10'""");
        assertThat(founding).isPositive();
        // messages from the public (issue #19): open ones near and past their reply date, and one published exchange
        assertThat(count("select count(*) from citizen_message")).isEqualTo(4);
        assertThat(count("select count(*) from citizen_message where published_at is not null")).isEqualTo(1);
        assertThat(count("select count(*) from citizen_message where status = 'OPEN' and due_on < current_date")).isEqualTo(1);
        // public-concern incidents: one open on its 48-hour clock, one answered by a press conference and closed
        assertThat(count("select count(*) from concern_incident where status = 'OPEN' and response_met_at is null")).isEqualTo(1);
        assertThat(count("select count(*) from concern_incident where status = 'CLOSED' and response_met_at <= response_due_at")).isEqualTo(1);
        assertThat(count("select count(*) from incident_statement where kind = 'PRESS_CONFERENCE'")).isEqualTo(1);
        assertThat(count("select count(*) from department")).isEqualTo(2);
        assertThat(count("select count(*) from citizen_message where department_id is not null and assigned_to is not null")).isEqualTo(1);
        assertThat(count("select count(*) from survey where status = 'PUBLISHED' and opens_at < now() and closes_at > now()")).isEqualTo(1);
        assertThat(count("select count(*) from survey_question")).isEqualTo(4);
        assertThat(count("select count(*) from survey_question where kind = 'RATING' and condition_option_id is not null")).isEqualTo(1);
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("中华人民共和国教育部")))
                .andExpect(content().string(containsString("教育部办公厅关于全面推进政务公开工作的实施意见")));
        assertThat(jdbc.sql("select body_text from public_document where document_id = ?").param(founding)
                .query(String.class).single()).contains("（一）", "（二十）").doesNotContain("🎉", "6688", "體");
        mvc.perform(get("/documents/" + founding)).andExpect(status().isOk())
                .andExpect(content().string(containsString("全面推进政务公开")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("6688"))));
        mvc.perform(get("/o/qingxi")).andExpect(status().isOk()).andExpect(content().string(containsString("清溪县教育局")));
        long report = count("select document_id from public_document where status = 'PUBLISHED'"
                + " and title like '清溪县教育局%年政府信息公开工作年度报告'");
        mvc.perform(get("/documents/" + report)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本年新收政府信息公开申请数量")))
                .andExpect(content().string(containsString("结转下年度继续办理")));
        assertThat(jdbc.sql("select media_type from public_attachment where document_id = ?").param(report)
                .query(String.class).list()).as("the published report carries its XLSX and its PDF")
                .contains("application/pdf").hasSize(2);
        int lastYear = LocalDate.now(clock.withZone(Zones.CHINA)).getYear() - 1;
        assertThat(jdbc.sql("select title from public_document where document_id = ?").param(report).query(String.class)
                .single()).as("last year's report").contains(String.valueOf(lastYear));
        assertThat(jdbc.sql("select body_text from public_document where document_id = ?").param(report)
                .query(String.class).single()).as("its texts name its year").contains(lastYear + "年，清溪县教育局");
        assertThat(count("select count(*) from public_document where kind = 'NORMATIVE'")).isPositive();
        // open data: a published dataset with two versions on the county's site, a draft that stays out of sight
        mvc.perform(get("/o/qingxi/data")).andExpect(status().isOk())
                .andExpect(content().string(containsString("清溪县中小学校基本情况")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("食品安全检查结果"))));
        assertThat(count("select count(*) from od_public_version")).isEqualTo(5);
        // a yearly series of three budgets, public, the latest first
        assertThat(count("select count(*) from od_public_series_member")).isEqualTo(3);
        mvc.perform(get("/o/qingxi/data")).andExpect(content().string(containsString("清溪县教育经费预算")));
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/data")));
        // random inspections (issue #20): a drawn plan with a published result, one waiting for its seed, a draft unseen
        mvc.perform(get("/o/qingxi/inspections")).andExpect(status().isOk())
                .andExpect(content().string(containsString("中小学办学行为双随机抽查")))
                .andExpect(content().string(containsString("校外培训机构双随机抽查")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("校车安全"))));
        assertThat(count("select count(*) from svc_plan where status = 'DRAWN'")).isEqualTo(1);
        assertThat(count("select count(*) from svc_result where published_at is not null")).isEqualTo(1);
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/inspections")));
        // task ledger (issue #20): three public tasks (one overdue), one draft unseen, one update waiting for the publisher
        mvc.perform(get("/o/qingxi/tasks")).andExpect(status().isOk())
                .andExpect(content().string(containsString("学校作业公示制度全覆盖")))
                .andExpect(content().string(containsString("逾期未完成 1 项")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("学前教育普惠发展"))));
        assertThat(count("select count(*) from svc_progress where published_at is null")).isEqualTo(1);
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/tasks")));
        // replies to suggestions and proposals, work plan, clean-up (issue #20, results openness)
        mvc.perform(get("/o/qingxi/replies")).andExpect(status().isOk())
                .andExpect(content().string(containsString("关于减轻中小学生课业负担的建议")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("校园周边交通安全"))));
        assertThat(count("select count(*) from svc_promise where kept_on is null and due_on < current_date")).isEqualTo(1);
        mvc.perform(get("/o/qingxi/work-plans")).andExpect(status().isOk())
                .andExpect(content().string(containsString("工作要点")));
        mvc.perform(get("/o/qingxi/cleanups")).andExpect(status().isOk())
                .andExpect(content().string(containsString("规范性文件清理")));
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/replies")));
        // data requests: open ones (one with a draft dataset started for it) and one answered, the form linked
        assertThat(count("select count(*) from od_request where status = 'OPEN'")).isEqualTo(3);
        assertThat(count("select count(*) from od_request where status = 'OPEN' and dataset_id is not null")).isEqualTo(1);
        assertThat(count("select count(*) from od_request where status = 'ANSWERED'")).isEqualTo(1);
        mvc.perform(get("/o/qingxi/data")).andExpect(content().string(containsString("/o/qingxi/data/request")));
    }

    @Test
    void applicationsInEveryState() {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        assertThat(count("select count(*) from disclosure_application where status = 'IN_PROGRESS' and received_on = current_date"))
                .as("new, received today").isPositive();
        for (String status : List.of("AWAITING_CORRECTION", "CONSULTING", "AWAITING_FEE", "ANSWERED")) {
            assertThat(count("select count(*) from disclosure_application where status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("select count(*) from disclosure_application where extension_state = 'APPROVED' and status <> 'ANSWERED'"))
                .as("extended").isPositive();
        assertThat(jdbc.sql("select count(*) from disclosure_application where status = 'IN_PROGRESS' and due_on < ?")
                .param(today).query(Long.class).single()).as("overdue").isPositive();
        List<ReplyOutcome> outcomes = jdbc.sql("select distinct outcome from disclosure_application where outcome is not null")
                .query(String.class).list().stream().map(ReplyOutcome::valueOf).toList();
        assertThat(outcomes).as("an answer with every outcome staff may choose").containsAll(ReplyOutcome.staffChoices())
                .as("and periods that lapsed").contains(ReplyOutcome.OTHER_NOT_CORRECTED, ReplyOutcome.OTHER_FEE_UNPAID);
        assertThat(outcomes.stream().map(ReplyOutcome::group).distinct()).containsExactlyInAnyOrder(OutcomeGroup.values());
        assertThat(count("select count(*) from disclosure_application where fee_paid_on is not null")).as("a fee paid").isPositive();
        assertThat(count("select count(*) from application_event")).as("their history").isGreaterThan(20);
        assertThat(count("select count(distinct replied_on) from disclosure_application where outcome in ('DISCLOSED', 'PARTLY_DISCLOSED')"))
                .as("answers sent on the days an office sent them, not all on the day the demo was built").isGreaterThan(1);
        assertThat(count("select count(*) from disclosure_application where replied_on < received_on or replied_on > current_date"))
                .as("never before receipt nor in the future").isZero();
    }

    @Test
    void theSignInGuideNamesAccountsThatExist() {
        String guide = DemoGuide.text(java.nio.file.Path.of("one-time-passwords.txt"));
        assertThat(guide).contains("/login", "one-time-passwords.txt", "Try first");
        List<String> named = guide.lines().filter(l -> l.matches("  [a-z][a-z-]+ .*"))
                .map(l -> l.strip().split("\\s+")[0]).toList();
        assertThat(named).contains("admin", "security", "auditor", "qingxi-editor", "qingxi-reviewer", "qingxi-publisher",
                "qingxi-officer");
        for (String username : named) {
            assertThat(jdbc.sql("select count(*) from staff_user where username = ?").param(username).query(Long.class)
                    .single()).as(username).isOne();
        }
    }

    @Test
    void aNegativeListAtEveryLevel() {
        for (String slug : List.of("moe", "jiangnan", "linjiang", "qingxi")) {
            assertThat(count("select count(*) from negative_list_entry e join organisation o on o.id = e.organisation_id"
                    + " where o.slug = '" + slug + "'")).as(slug).isPositive();
        }
    }

    @Test
    void theCountyInterpretsItsZonePlanAndConsultsOnADraftRule() throws Exception {
        String site = mvc.perform(get("/o/qingxi")).andReturn().getResponse().getContentAsString();
        assertThat(site).contains("/o/qingxi/interpretations", "/o/qingxi/consultations");
        assertThat(mvc.perform(get("/o/qingxi/interpretations?form=QA")).andReturn().getResponse().getContentAsString())
                .contains("政策问答", "学区划分方案");
        String list = mvc.perform(get("/o/qingxi/consultations")).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("课后服务管理办法（征求意见稿）", "正在征求意见");
        var link = java.util.regex.Pattern.compile("/consultations/(\\d+)\"").matcher(list);
        assertThat(link.find()).isTrue();
        assertThat(mvc.perform(get("/consultations/" + link.group(1) + "/diff")).andReturn().getResponse()
                .getContentAsString()).contains("第 1 稿与第 2 稿的比较", "家庭经济困难学生免收服务性费用");
        // the hearing open for registration, and the column across sites
        String page = mvc.perform(get("/consultations/" + link.group(1))).andReturn().getResponse().getContentAsString();
        var hearing = java.util.regex.Pattern.compile("/consultations/\\d+/hearings/(\\d+)").matcher(page);
        assertThat(hearing.find()).isTrue();
        assertThat(mvc.perform(get(hearing.group())).andReturn().getResponse().getContentAsString())
                .contains("清溪县教育局三楼会议室", "各类别内按报名先后确定", "报名参加");
        assertThat(mvc.perform(get("/interpretations?form=QA&site=qingxi")).andReturn().getResponse()
                .getContentAsString()).contains("各级政策解读", "/o/qingxi");
    }

    /** Transactional: the publisher's first-sign-in password change, which the inspection page waits for, is rolled back. */
    @Test
    @Transactional
    void theCountySiteIsFullFreshAndPassesTheSelfInspection() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        assertThat(jdbc.sql("""
                select n.name from catalog_node n join organisation o on o.id = n.organisation_id
                 where o.slug = 'qingxi' and not exists (select 1 from catalog_node c where c.parent_id = n.id)
                   and not exists (select 1 from public_document d where d.catalog_node_id = n.id and d.status = 'PUBLISHED')""")
                .query(String.class).list()).as("empty columns of 清溪县").isEmpty();
        LocalDate newest = jdbc.sql("""
                select max(d.publish_date) from public_document d join organisation o on o.id = d.organisation_id
                 where o.slug = 'qingxi' and d.status = 'PUBLISHED'""").query(LocalDate.class).single();
        assertThat(newest).as("dates counted back from today").isBetween(today.minusDays(14), today);
        assertThat(jdbc.sql("select count(*) from public_document where publish_date > ?").param(today)
                .query(Long.class).single()).isZero();
        jdbc.sql("update staff_user set must_change_password = false where username = 'qingxi-publisher'").update();
        mvc.perform(get("/admin/inspection").with(user(users.loadUserByUsername("qingxi-publisher"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("notice ok")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("notice error"))));
        assertThat(count("""
                select count(*) from screening_finding f join edition e on e.id = f.edition_id
                 where f.status = 'OPEN' and e.status = 'SUBMITTED'""")).as("findings to resolve").isPositive();
    }

    @Test
    void theCountyHasSchoolDistrictsThatChangedSinceLastYear() throws Exception {
        int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/school-districts/qingxi")));
        mvc.perform(get("/school-districts/qingxi").param("address", "清溪县建設路 １５０ 號"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("对口学校：清溪县城南小学")))
                .andExpect(content().string(containsString("查询结果与 " + (year - 1) + " 年度不同")));
        mvc.perform(get("/school-districts/qingxi").param("address", "阳光花园10栋"))
                .andExpect(content().string(containsString("符合 2 所学校")));
        assertThat(count("select count(*) from zoning z join organisation o on o.id = z.organisation_id"
                + " where o.slug = 'qingxi' and z.status = 'DRAFT'")).as("next year's draft").isEqualTo(1);
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/enrollment")));
        mvc.perform(get("/o/qingxi/enrollment")).andExpect(status().isOk())
                .andExpect(content().string(containsString("随迁子女")))
                .andExpect(content().string(containsString("清溪县第二中学")))
                .andExpect(content().string(containsString("阳光花园")));
    }

    /** Transactional: the publisher's first-sign-in password change is rolled back. */
    @Test
    @Transactional
    void theCountyPublishedLastYearsBudgetBesideItsFinalAccountsAndThisYearsIsOverdue() throws Exception {
        int year = LocalDate.now(clock.withZone(Zones.CHINA)).getYear();
        mvc.perform(get("/o/qingxi")).andExpect(content().string(containsString("/o/qingxi/budgets")));
        mvc.perform(get("/o/qingxi/budgets/" + (year - 1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("部门决算")))
                .andExpect(content().string(containsString("role=\"img\"")));
        mvc.perform(get("/o/qingxi/budgets/" + year)).andExpect(status().isNotFound());
        jdbc.sql("update staff_user set must_change_password = false where username = 'qingxi-publisher'").update();
        mvc.perform(get("/admin").with(user(users.loadUserByUsername("qingxi-publisher"))))
                .andExpect(content().string(containsString("逾期未公开的预算决算")));
    }

    /** Transactional: the editor's first-sign-in password change is rolled back. */
    @Test
    @Transactional
    void aUniversityShowsItsDisclosureListWithAnOverdueItemAndTheMinistrySeesItRanked() throws Exception {
        mvc.perform(get("/o/hxnu")).andExpect(content().string(containsString("/o/hxnu/disclosure-list")));
        mvc.perform(get("/o/hxnu/disclosure-list")).andExpect(status().isOk())
                .andExpect(content().string(containsString("华夏师范大学")))
                .andExpect(content().string(containsString("本科招生办公室")))
                .andExpect(content().string(containsString("本校目前没有经批准的中外合作办学机构或项目")));
        jdbc.sql("update staff_user set must_change_password = false where username in ('hxnu-editor', 'moe-editor')").update();
        mvc.perform(get("/admin").with(user(users.loadUserByUsername("hxnu-editor"))))
                .andExpect(content().string(containsString("信息公开事项清单中缺失或逾期的事项")));
        mvc.perform(get("/admin/disclosure-list").with(user(users.loadUserByUsername("moe-editor"))))
                .andExpect(content().string(containsString("华夏师范大学")))
                .andExpect(content().string(containsString("江南理工大学")));
    }

    /** current_date is the database's day; the platform's day is Beijing's (they differ from 16:00 UTC). */
    private long count(String sql) {
        String chinaToday = "date '" + LocalDate.now(clock.withZone(Zones.CHINA)) + "'";
        return jdbc.sql(sql.replace("current_date", chinaToday)).query(Long.class).single();
    }
}
