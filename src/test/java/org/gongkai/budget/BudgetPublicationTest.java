package org.gongkai.budget;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Budgets and final accounts: the upload page (checks named by sheet, row and column; hostile and non-XLSX files
 * refused in words; field messages), publication as an audited, final step with the review statement, the public
 * year page (budget beside final accounts, SVG charts described by their tables, downloads), the twenty-day clock and
 * the overdue flag, and what the public and other organisations must never see or touch.
 */
@IntegrationTest
@RecordApplicationEvents
class BudgetPublicationTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BudgetStore store;
    @Autowired BudgetPublications actions;
    @Autowired PublicationClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    record Org(long id, String slug, StaffUser editor, StaffUser publisher) {
    }

    Org org(String name) {
        long id = fixtures.organisation(name);
        return new Org(id, organisations.get(id).slug(), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    static byte[] workbook(String educationBasic) {
        return BudgetTemplate.of("测试局")
                .income("一般公共预算拨款收入", "1000.00").income("事业收入", "50.00")
                .expenditure("教育支出", "1010.00").expenditure("社会保障和就业支出", "40.00")
                .item("2050202", educationBasic, "100.00")
                .item("2050203", new java.math.BigDecimal("910.00").subtract(new java.math.BigDecimal(educationBasic)).toPlainString(), "0.00")
                .item("2080505", "40.00", "0.00")
                .threePublic("2025", "0", "0", "8.00", "2.00").threePublic("2026", "0", "0", "6.50", "1.50")
                .xlsx();
    }

    MockMultipartHttpServletRequestBuilder upload(Org o, int year, String kind, String title, String approvedOn, byte[] file,
                                         String fileName) {
        return upload(o.editor(), year, kind, title, approvedOn, file, fileName).with(csrf());
    }

    MockMultipartHttpServletRequestBuilder upload(StaffUser user, int year, String kind, String title, String approvedOn,
                                         byte[] file, String fileName) {
        return multipart("/admin/budgets").file(new MockMultipartFile("file", fileName, "application/octet-stream", file))
                .param("year", String.valueOf(year)).param("kind", kind).param("title", title)
                .param("approvedOn", approvedOn).param("explanation", "说明文字").with(fixtures.as(user));
    }

    long uploaded(Org o, int year, BudgetKind kind, byte[] xlsx) {
        BudgetPublications.Uploaded u = actions.upload(o.editor(), o.id(), new BudgetPublications.Upload(
                String.valueOf(year), kind.name(), year + " 年" + kind.name(), LocalDate.now().minusDays(3).toString(),
                null, null), "t.xlsx", xlsx);
        assertThat(u.workbook().problems()).isEmpty();
        return u.id();
    }

    void publish(Org o, long id) {
        actions.publish(o.publisher(), id, "已经保密审查，局长签发", String.valueOf(store.find(id).orElseThrow().version()));
    }

    String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anUploadedWorkbookIsPublishedWithItsStatementAndShownBesideTheFinalAccounts() throws Exception {
        Org o = org("预算公开县教育局");
        String approved = LocalDate.now().minusDays(2).toString();
        String location = mvc.perform(upload(o, 2026, "BUDGET", "2026 年部门预算", approved, workbook("500.00"), "预算.xlsx"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
        Publication p = store.find(id).orElseThrow();
        assertThat(p.published()).isFalse();
        assertThat(p.dueOn()).isEqualTo(clock.dueOn(LocalDate.parse(approved)));
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.upload"))
                .filter(a -> a.targetId().equals(String.valueOf(id)))).hasSize(1);
        mvc.perform(get("/admin/budgets/{id}", id).with(fixtures.as(o.editor())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("2050202"), containsString("小学教育"),
                        containsString("三公经费"), not(containsString("id=\"reviewStatement\"")))));

        // the publisher must state the confidentiality review
        mvc.perform(post("/admin/budgets/{id}/publish", id).param("reviewStatement", " ")
                        .param("version", String.valueOf(p.version())).with(csrf()).with(fixtures.as(o.publisher())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写保密审查与签发说明"), containsString("aria-invalid=\"true\""),
                        containsString("href=\"#reviewStatement\""))));
        mvc.perform(post("/admin/budgets/{id}/publish", id).param("reviewStatement", "本公开内容已经保密审查，由张局长签发。")
                        .param("version", String.valueOf(p.version())).with(csrf()).with(fixtures.as(o.publisher())))
                .andExpect(status().is3xxRedirection());
        assertThat(store.find(id).orElseThrow().published()).isTrue();
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.publish"))
                .filter(a -> a.targetId().equals(String.valueOf(id))))
                .singleElement().satisfies(a -> assertThat(a.actorId()).isEqualTo(o.publisher().id()));

        // the final accounts of the same year, different figures; both shown, never added
        publish(o, uploaded(o, 2026, BudgetKind.FINAL, workbook("520.00")));
        String page = body(get("/o/{s}/budgets/2026", o.slug()));
        assertThat(page).contains("部门预算", "部门决算", "本公开内容已经保密审查，由张局长签发。", "说明文字")
                .contains("role=\"img\"", "aria-describedby=\"functional-compare\"", "id=\"functional-compare\"",
                        "aria-labelledby=\"functional-chart-title\"", "<rect")
                // the treemap of each kind, described by that kind's functional table
                .contains("class=\"treemap\"", "aria-labelledby=\"treemap-budget-title\"",
                        "aria-describedby=\"functional-budget\"", "id=\"functional-budget\"",
                        "aria-describedby=\"functional-final\"", "<title>2050202 小学教育：620.00</title>")
                // 2050202 合计: budget 600.00, final 620.00 — side by side, and their sum (1,220.00) nowhere
                .contains(">600.00<", ">620.00<").doesNotContain("1,220.00")
                .contains("/o/" + o.slug() + "/budgets/2026/budget.json", "/o/" + o.slug() + "/budgets/2026/final-functional.csv");
        assertThat(body(get("/o/{s}/budgets", o.slug()))).contains("/o/" + o.slug() + "/budgets/2026",
                "aria-describedby=\"trend-table\"", "id=\"trend-table\"", ">1,050.00<");
        assertThat(body(get("/o/{s}/budgets/2026/final-datapackage.json", o.slug())))
                .contains("\"profile\":\"fiscal-data-package\"", "\"path\":\"final-functional.csv\"",
                        "\"classificationType\":\"functional\"", "\"currency\":\"CNY\"");

        var csv = mvc.perform(get("/o/{s}/budgets/2026/final-functional.csv", o.slug())).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv"))).andReturn().getResponse();
        String csvText = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("\uFEFF科目编码,科目名称,合计（万元）").contains("2050202,小学教育,620.00,520.00,100.00\r\n");
        assertThat(body(get("/o/{s}/budgets/2026/budget.json", o.slug())))
                .contains("\"kind\":\"BUDGET\"", "\"code\":\"2050202\"", "\"threePublic\"");
        assertThat(body(get("/o/{s}/budgets/2026/budget-three-public.csv", o.slug()))).contains("2026,8.00,0.00,0.00,6.50,1.50");
        assertThat(body(get("/sitemap.xml"))).contains("/o/" + o.slug() + "/budgets/2026<");
        assertThat(body(get("/o/{s}", o.slug()))).contains("/o/" + o.slug() + "/budgets\"");

        // published is final: the action says so, and the database refuses behind its back
        mvc.perform(post("/admin/budgets/{id}/delete", id).with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isConflict());
        mvc.perform(upload(o, 2026, "BUDGET", "替换", approved, workbook("500.00"), "x.xlsx"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("已公开，不能替换")));
        assertThatThrownBy(() -> jdbc.sql("update budget_functional_line set name = 'x' where publication_id = ?").param(id).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("update budget_publication set status = 'DRAFT', published_at = null where id = ?").param(id).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("delete from budget_publication where id = ?").param(id).update())
                .hasMessageContaining("final");
    }

    @Test
    void everyProblemInTheWorkbookIsNamedBySheetRowAndColumnAndNothingIsStored() throws Exception {
        Org o = org("预算错误县教育局");
        Object[][] functional = BudgetWorkbookTest.FUNCTIONAL.clone();
        functional[3] = new Object[] {"2050202", "小学教育", 600.50, 500, 100};   // row 4: 合计 ≠ 基本 + 项目
        functional[4] = new Object[] {"2050301", "初等职业教育", 500, 300, 200};  // row 5: 项 outside its 款
        functional[7] = new Object[] {"2089999", "不存在的科目", 100, 100, 0};     // row 8: unknown code
        Object[][] summary = BudgetWorkbookTest.SUMMARY.clone();
        summary[4] = new Object[] {"总计", 1200.50, "总计", 1200.60};
        byte[] bad = BudgetWorkbookTest.workbook(summary, functional, BudgetWorkbookTest.THREE);
        mvc.perform(upload(o, 2026, "BUDGET", "有错的预算", LocalDate.now().toString(), bad, "bad.xlsx"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(
                        containsString("“表1 收支总表”表第 5 行 D 列"), containsString("收入总计 1200.50 与支出总计 1200.60 不相等"),
                        containsString("“表4 一般公共预算支出表”表第 4 行 C 列"), containsString("基本支出与项目支出之和为 600.00"),
                        containsString("“表4 一般公共预算支出表”表第 5 行 A 列"), containsString("项 2050301 不属于其上的款 20502"),
                        containsString("“表4 一般公共预算支出表”表第 8 行 A 列"), containsString("没有编码 2089999"),
                        containsString("id=\"problems\""))));
        assertThat(store.draft(o.id(), 2026, BudgetKind.BUDGET)).isEmpty();
        mvc.perform(upload(o, 2026, "BUDGET", "英文", LocalDate.now().toString(), bad, "bad.xlsx").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sheet &quot;表4 一般公共预算支出表&quot;, row 8, column A:")));
    }

    @Test
    void aGbkCsvRandomBytesOrAnEmptyFileAreRefusedInWordsAndHostileTextStaysInert() throws Exception {
        Org o = org("预算恶意文件县教育局");
        byte[] gbkCsv = "科目编码,科目名称,合计\n205,教育支出,100\n".getBytes(Charset.forName("GBK"));
        for (byte[] file : List.of(gbkCsv, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}, new byte[4096])) {
            mvc.perform(upload(o, 2026, "BUDGET", "坏文件", LocalDate.now().toString(), file, "预算.xlsx"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("无法读取文件：请使用 XLSX")));
        }
        mvc.perform(multipart("/admin/budgets").param("year", "2026").param("kind", "BUDGET").param("title", "t")
                        .param("approvedOn", LocalDate.now().toString()).with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择要上传的 XLSX 文件"), containsString("href=\"#file\""))));
        assertThat(store.draft(o.id(), 2026, BudgetKind.BUDGET)).isEmpty();

        String evil = "<script>alert(1)</script>";
        byte[] hostile = BudgetTemplate.of(evil).income(evil + "收入", "100.00").income("=HYPERLINK(\"http://x\")", "0.00")
                .expenditure("教育支出", "100.00").item("2050202", "100.00", "0.00")
                .threePublic("<b>2026</b>", "0", "0", "1.00", "0").xlsx();
        mvc.perform(upload(o, 2026, "BUDGET", evil, LocalDate.now().toString(), hostile, "<img src=x>.xlsx"))
                .andExpect(status().is3xxRedirection());
        long id = store.draft(o.id(), 2026, BudgetKind.BUDGET).orElseThrow().id();
        String admin = body(get("/admin/budgets/{id}", id).with(fixtures.as(o.editor())));
        assertThat(admin).doesNotContain(evil).doesNotContain("<b>2026</b>").doesNotContain("<img src=x>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        publish(o, id);
        String page = body(get("/o/{s}/budgets/2026", o.slug()));
        assertThat(page).doesNotContain(evil).doesNotContain("<b>2026</b>").contains("&lt;script&gt;");
        String csv = new String(mvc.perform(get("/o/{s}/budgets/2026/budget-summary.csv", o.slug()))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",=HYPERLINK");
    }

    @Test
    void theFormAnswers400WithAMessagePerFieldAndRefusesAPostWithoutCsrf() throws Exception {
        Org o = org("预算表单县教育局");
        mvc.perform(multipart("/admin/budgets").param("year", "19").param("kind", "SOMETHING").param("title", " ")
                        .param("approvedOn", "2026-13-45").with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写 2000 至 2100 之间的年度"),
                        containsString("请选择部门预算或部门决算"), containsString("请填写标题"),
                        containsString("请填写批复日期"), containsString("href=\"#approvedOn\""),
                        containsString("aria-describedby=\"year-error\""))));
        mvc.perform(multipart("/admin/budgets").param("year", "2026").param("kind", "BUDGET").param("title", "t")
                        .param("approvedOn", "2020-01-01").with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("批复日期应在该年度前后一年之内")));
        mvc.perform(multipart("/admin/budgets").param("year", String.valueOf(LocalDate.now().getYear())).param("kind", "BUDGET")
                        .param("title", "t").param("approvedOn", LocalDate.now().plusDays(3).toString())
                        .with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("批复日期不能晚于今天")));
        mvc.perform(upload(o.editor(), 2026, "BUDGET", "t", LocalDate.now().toString(), workbook("500.00"), "a.xlsx"))
                .andExpect(status().isForbidden());
        assertThat(store.draft(o.id(), 2026, BudgetKind.BUDGET)).isEmpty();
        mvc.perform(get("/admin/budgets/new").with(fixtures.as(o.editor()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("for=\"approvedOn\""), containsString("/admin/budgets/template.xlsx"))));
        byte[] template = mvc.perform(get("/admin/budgets/template.xlsx").with(fixtures.as(o.editor())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(BudgetWorkbook.read(template).problems()).isEmpty();
        mvc.perform(get("/admin/budgets").with(fixtures.as(o.editor()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有上传预算或决算")));
    }

    @Test
    void otherOrganisationsAndRolesMayNotTouchIt() throws Exception {
        Org o = org("预算权限县教育局");
        Org other = org("预算他县教育局");
        long id = uploaded(o, 2026, BudgetKind.BUDGET, workbook("500.00"));
        mvc.perform(get("/admin/budgets/{id}", id).with(fixtures.as(other.editor()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/budgets").param("org", String.valueOf(o.id())).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/budgets/{id}/publish", id).param("reviewStatement", "已审查").param("version", "0")
                .with(csrf()).with(fixtures.as(other.publisher()))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/budgets/{id}/delete", id).with(csrf()).with(fixtures.as(other.editor())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/budgets/{id}", 987654321L).with(fixtures.as(o.editor()))).andExpect(status().isNotFound());
        // an editor uploads but does not publish; a reviewer does neither
        mvc.perform(post("/admin/budgets/{id}/publish", id).param("reviewStatement", "已审查").param("version", "0")
                .with(csrf()).with(fixtures.as(o.editor()))).andExpect(status().isForbidden());
        StaffUser reviewer = fixtures.staff(o.id(), Role.REVIEWER);
        mvc.perform(upload(reviewer, 2027, "BUDGET", "t", LocalDate.now().toString(), workbook("500.00"), "a.xlsx")
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(store.find(id).orElseThrow().published()).isFalse();
        // the editor deletes the draft, audited
        mvc.perform(post("/admin/budgets/{id}/delete", id).with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().is3xxRedirection());
        assertThat(store.find(id)).isEmpty();
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.delete"))
                .filter(a -> a.targetId().equals(String.valueOf(id)))).hasSize(1);
    }

    @Test
    void nothingUnpublishedReachesAPageADownloadTheSiteNavigationOrTheSitemap() throws Exception {
        Org o = org("预算泄露县教育局");
        long draft = uploaded(o, 2025, BudgetKind.BUDGET, BudgetTemplate.of("LEAKTITLE").income("LEAKINCOME", "10.00")
                .expenditure("教育支出", "10.00").item("2050202", "10.00", "0.00").xlsx());
        long published = uploaded(o, 2026, BudgetKind.BUDGET, workbook("500.00"));
        uploaded(o, 2026, BudgetKind.FINAL, BudgetTemplate.of("LEAKFINAL").income("LEAKFINALINCOME", "10.00")
                .expenditure("教育支出", "10.00").item("2050203", "10.00", "0.00").xlsx());
        for (String url : List.of("/o/" + o.slug() + "/budgets/2025", "/o/" + o.slug() + "/budgets/2025/budget.json",
                "/o/" + o.slug() + "/budgets/2025/budget-summary.csv", "/o/" + o.slug() + "/budgets/2026/final.json",
                "/o/" + o.slug() + "/budgets/2026/final-functional.csv", "/o/" + o.slug() + "/budgets/2026",
                "/o/" + o.slug() + "/budgets/2025/budget-datapackage.json", "/o/" + o.slug() + "/budgets/2026/final-datapackage.json")) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as(url).isEqualTo(404);
        }
        assertThat(body(get("/o/{s}/budgets", o.slug()))).contains("暂无公开的预算决算").doesNotContain("/budgets/2025");
        assertThat(body(get("/o/{s}", o.slug()))).doesNotContain("/o/" + o.slug() + "/budgets\"");
        assertThat(body(get("/sitemap.xml"))).doesNotContain("/o/" + o.slug() + "/budgets");

        publish(o, published);
        List<String> leaks = List.of("LEAKTITLE", "LEAKINCOME", "LEAKFINAL", "/budgets/2025");
        for (String url : List.of("/o/" + o.slug() + "/budgets", "/o/" + o.slug() + "/budgets/2026",
                "/o/" + o.slug() + "/budgets/2026/budget.json", "/sitemap.xml")) {
            String b = body(get(url));
            for (String leak : leaks) {
                assertThat(b).as(url).doesNotContain(leak);
            }
        }
        assertThat(body(get("/sitemap.xml"))).contains("/o/" + o.slug() + "/budgets/2026<")
                .doesNotContain("/o/" + o.slug() + "/budgets/2025<");
        assertThat(mvc.perform(get("/o/{s}/budgets/2025", o.slug())).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(draft).isNotEqualTo(published);
    }

    @Test
    void theClockCountsTwentyCalendarDaysAndAnOverdueDraftIsFlagged() throws Exception {
        // 2026-01-30 + 20 = 2026-02-19, inside the Spring Festival (02-15…02-23): the last day moves to 02-24
        assertThat(clock.dueOn(LocalDate.parse("2026-01-30"))).isEqualTo("2026-02-24");
        // a Saturday moves to the Monday; a working day stays
        assertThat(clock.dueOn(LocalDate.parse("2026-03-08"))).isEqualTo("2026-03-30");
        assertThat(clock.dueOn(LocalDate.parse("2026-03-06"))).isEqualTo("2026-03-26");
        // 2026-02-14 is a make-up working Saturday: a period ending there ends there
        assertThat(clock.dueOn(LocalDate.parse("2026-01-25"))).isEqualTo("2026-02-14");

        Org o = org("预算逾期县教育局");
        LocalDate longAgo = LocalDate.now().minusDays(60);
        BudgetPublications.Uploaded u = actions.upload(o.editor(), o.id(), new BudgetPublications.Upload(
                String.valueOf(longAgo.getYear()), "FINAL", "逾期的决算", longAgo.toString(), null, null), "f.xlsx", workbook("500.00"));
        long onTime = uploaded(o, LocalDate.now().getYear(), BudgetKind.BUDGET, workbook("500.00"));
        assertThat(store.overdueDrafts(o.id(), LocalDate.now())).isEqualTo(1);
        mvc.perform(get("/admin/budgets").param("overdue", "true").with(fixtures.as(o.publisher())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("逾期的决算"), containsString("已逾期"),
                        not(containsString("/admin/budgets/" + onTime + "\"")))));
        mvc.perform(get("/admin/budgets/{id}", u.id()).with(fixtures.as(o.publisher())))
                .andExpect(content().string(containsString("尚未公开")));
        mvc.perform(get("/admin").with(fixtures.as(o.publisher())))
                .andExpect(content().string(containsString("逾期未公开的预算决算")));
        publish(o, u.id());
        assertThat(store.find(u.id()).orElseThrow().late()).isTrue();
        assertThat(store.overdueDrafts(o.id(), LocalDate.now())).isZero();
    }
}
