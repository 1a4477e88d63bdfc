package org.gongkai.budget;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.test.web.servlet.RequestBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The economic-classification and government-fund tables (import by place, page, CSV/JSON), the XLSX download read
 * back by the importer, amendments after publication (a new version published, the old kept and marked), and the
 * overdue budget in the site self-inspection (ADR 0046).
 */
@IntegrationTest
@RecordApplicationEvents
class BudgetTablesAndAmendmentsTest {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired OrganisationDirectory organisations;
    @Autowired BudgetStore store;
    @Autowired BudgetPublications actions;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    record Org(long id, String slug, StaffUser editor, StaffUser publisher) {
    }

    Org org(String name) {
        long id = fixtures.organisation(name);
        return new Org(id, organisations.get(id).slug(), fixtures.staff(id, Role.EDITOR), fixtures.staff(id, Role.PUBLISHER));
    }

    static BudgetTemplate base(String title, String primary) {
        return BudgetTemplate.of(title)
                .income("一般公共预算拨款收入", new BigDecimal(primary).add(new BigDecimal("400.00")).toPlainString())
                .expenditure("教育支出", new BigDecimal(primary).add(new BigDecimal("400.00")).toPlainString())
                .item("2050202", primary, "0.00").item("2050203", "300.00", "100.00")
                .threePublic("2026", "0", "0", "5.00", "1.00");
    }

    long uploaded(Org o, int year, byte[] xlsx, String reason) {
        BudgetPublications.Uploaded u = actions.upload(o.editor(), o.id(), new BudgetPublications.Upload(
                String.valueOf(year), "BUDGET", year + " 年部门预算", LocalDate.now().minusDays(3).toString(), null, reason),
                "t.xlsx", xlsx);
        assertThat(u.workbook().problems()).isEmpty();
        return u.id();
    }

    void publish(Org o, long id) {
        actions.publish(o.publisher(), id, "已经保密审查，局长签发", String.valueOf(store.find(id).orElseThrow().version()));
    }

    String body(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] bytes(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void economicAndFundTablesArePublishedShownAndDownloadedAndTheXlsxReadsBack() throws Exception {
        Org o = org("经济分类县教育局");
        byte[] xlsx = base("经济分类", "500.00").economic("30101", "400.00").economic("30102", "100.00")
                .economic("30201", "200.00").fund("2296004", "0.00", "35.00").xlsx();
        BudgetWorkbook.Result read = BudgetWorkbook.read(xlsx);
        assertThat(read.problems()).isEmpty();
        assertThat(read.economic()).extracting(BudgetWorkbook.Line::code).containsExactly("301", "30101", "30102", "302", "30201");
        assertThat(read.economicTotal()).isEqualByComparingTo("700.00");
        assertThat(read.fundTotal()).isEqualByComparingTo("35.00");
        publish(o, uploaded(o, 2026, xlsx, null));

        String page = body(get("/o/{s}/budgets/2026", o.slug()));
        assertThat(page).contains("一般公共预算基本支出表（按经济分类）", "30101", "基本工资", "工资福利支出", "500.00", "700.00",
                "政府性基金预算支出表", "2296004", "35.00", "/o/" + o.slug() + "/budgets/2026/budget.xlsx",
                "/o/" + o.slug() + "/budgets/2026/budget-economic.csv", "/o/" + o.slug() + "/budgets/2026/budget-fund.csv");
        assertThat(new String(bytes(get("/o/{s}/budgets/2026/budget-economic.csv", o.slug())), StandardCharsets.UTF_8))
                .contains("科目编码,科目名称,合计（万元）", "30101,基本工资,400.00");
        assertThat(new String(bytes(get("/o/{s}/budgets/2026/budget-fund.csv", o.slug())), StandardCharsets.UTF_8))
                .contains("2296004,用于教育事业的彩票公益金支出,35.00,0.00,35.00");
        assertThat(body(get("/o/{s}/budgets/2026/budget.json", o.slug()))).contains("\"economic\"", "\"fundTotal\"");

        // the download is the upload's layout: read back, it passes every check with the same tables
        BudgetWorkbook.Result back = BudgetWorkbook.read(bytes(get("/o/{s}/budgets/2026/budget.xlsx", o.slug())));
        assertThat(back.problems()).isEmpty();
        assertThat(back.functional()).isEqualTo(read.functional());
        assertThat(back.economic()).isEqualTo(read.economic());
        assertThat(back.fund()).isEqualTo(read.fund());
        assertThat(back.summary().incomeTotal()).isEqualByComparingTo(read.summary().incomeTotal());
        assertThat(back.threePublic()).isEqualTo(read.threePublic());

        // an empty fund sheet says so; a workbook without the two sheets says they are not included
        Org other = org("无基金县教育局");
        publish(other, uploaded(other, 2026, base("无基金", "500.00").emptyFund().xlsx(), null));
        assertThat(body(get("/o/{s}/budgets/2026", other.slug()))).contains("本单位无政府性基金预算支出，本表为空表",
                "本次公开未包含“一般公共预算基本支出表（按经济分类）”");
        assertThat(mvc.perform(get("/o/{s}/budgets/2026/budget-economic.csv", other.slug())).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(BudgetWorkbook.read(bytes(get("/o/{s}/budgets/2026/budget.xlsx", other.slug()))).problems()).isEmpty();
    }

    @Test
    void economicTableProblemsAreNamedBySheetRowAndColumn() throws Exception {
        byte[] good = base("经济错误", "500.00").xlsx();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            var sheet = book.createSheet("表6 一般公共预算基本支出表（按经济分类）");
            Object[][] rows = {
                    {"科目编码", "科目名称", "合计"},
                    {"301", "工资福利支出", 100.0},     // row 2: 类 is not the sum of its 款 (90)
                    {"30101", "基本工资", 90.0},
                    {"30201", "办公费", 10.0},          // row 4: 款 outside its 类 (under 301)
                    {"30198", "不存在", 5.0},           // row 5: unknown code
                    {"3010101", "七位码", 1.0},         // row 6: economic codes stop at 款
                    {null, "合计", 100.0}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            book.write(out);
        }
        Org o = org("经济错误县教育局");
        String page = mvc.perform(multipart("/admin/budgets")
                        .file(new MockMultipartFile("file", "b.xlsx", "application/octet-stream", out.toByteArray()))
                        .param("year", "2026").param("kind", "BUDGET").param("title", "错误的预算")
                        .param("approvedOn", LocalDate.now().minusDays(2).toString()).with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("“表6 一般公共预算基本支出表（按经济分类）”表第 2 行 C 列",
                "“表6 一般公共预算基本支出表（按经济分类）”表第 4 行 A 列",
                "“表6 一般公共预算基本支出表（按经济分类）”表第 5 行 A 列",
                "“表6 一般公共预算基本支出表（按经济分类）”表第 6 行 A 列", "30198", "3010101");
        assertThat(jdbc.sql("select count(*) from budget_publication where organisation_id = ?").param(o.id())
                .query(Long.class).single()).isZero();
    }

    @Test
    void anAmendmentIsPublishedAsANewVersionAndTheOldOneIsKeptAndMarked() throws Exception {
        Org o = org("更正县教育局");
        long first = uploaded(o, 2026, base("原始版本", "500.00").xlsx(), null);
        publish(o, first);
        // re-uploading a published year without a reason is refused, with the field named
        mvc.perform(multipart("/admin/budgets")
                        .file(new MockMultipartFile("file", "b.xlsx", "application/octet-stream", base("x", "500.00").xlsx()))
                        .param("year", "2026").param("kind", "BUDGET").param("title", "再次上传")
                        .param("approvedOn", LocalDate.now().minusDays(2).toString()).with(csrf()).with(fixtures.as(o.editor())))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("href=\"#amendmentReason\"")));
        long second = uploaded(o, 2026, base("AMENDDRAFT", "520.00").xlsx(), "<b>更正</b>小学教育支出录入错误");
        assertThat(store.find(second).orElseThrow()).satisfies(p -> {
            assertThat(p.amendment()).isEqualTo(1);
            assertThat(p.amendsId()).isEqualTo(first);
        });
        // the draft amendment reaches no public page
        String before = body(get("/o/{s}/budgets/2026", o.slug()));
        assertThat(before).contains("500.00").doesNotContain("520.00", "更正记录", "小学教育支出录入错误");
        assertThat(mvc.perform(get("/o/{s}/budgets/2026/budget-v1.xlsx", o.slug())).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        publish(o, second);
        String after = body(get("/o/{s}/budgets/2026", o.slug()));
        assertThat(after).contains("520.00", "本版本为第 1 次更正后的版本", "&lt;b&gt;更正&lt;/b&gt;小学教育支出录入错误",
                        "更正记录", "原始版本", "/o/" + o.slug() + "/budgets/2026/budget-v0.xlsx")
                .doesNotContain("<b>更正");
        BudgetWorkbook.Result old = BudgetWorkbook.read(bytes(get("/o/{s}/budgets/2026/budget-v0.xlsx", o.slug())));
        assertThat(old.functional()).filteredOn(l -> l.code().equals("2050202")).singleElement()
                .satisfies(l -> assertThat(l.total()).isEqualByComparingTo("500.00"));
        assertThat(store.find(first).orElseThrow().superseded()).isTrue();
        assertThat(store.find(second).orElseThrow().superseded()).isFalse();
        assertThat(body(get("/admin/budgets").with(fixtures.as(o.editor())))).contains("已被更正", "第 1 次更正");
        assertThat(events.stream(StaffAction.class).filter(a -> a.action().equals("budget.publish"))
                .filter(a -> a.targetId().equals(String.valueOf(second)))
                .findFirst().orElseThrow().after()).containsEntry("supersedes", first);
        // the old version stays final: only the one mark was allowed
        assertThatThrownBy(() -> jdbc.sql("update budget_publication set superseded_at = null where id = ?").param(first).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("update budget_publication set title = 'x' where id = ?").param(first).update())
                .hasMessageContaining("final");
        assertThatThrownBy(() -> jdbc.sql("delete from budget_publication where id = ?").param(first).update())
                .hasMessageContaining("final");
        // a second draft of the same year and kind is refused by the database
        assertThatThrownBy(() -> jdbc.sql("""
                insert into budget_publication (organisation_id, year, kind, title, approved_on, due_on, income_total,
                    expenditure_total, functional_total, uploaded_by, amendment, amends_id, amendment_reason)
                values (?, 2026, 'BUDGET', 'x', current_date, current_date + 20, 0, 0, 0, ?, 7, ?, 'r'),
                       (?, 2026, 'BUDGET', 'y', current_date, current_date + 20, 0, 0, 0, ?, 8, ?, 'r')""")
                .params(o.id(), o.editor().id(), second, o.id(), o.editor().id(), second).update())
                .hasMessageContaining("budget_publication_one_draft");
    }

    @Test
    void anOverdueBudgetIsListedInTheSelfInspection() throws Exception {
        Org o = org("预算自查县教育局");
        LocalDate longAgo = LocalDate.now().minusDays(45);
        BudgetPublications.Uploaded u = actions.upload(o.editor(), o.id(), new BudgetPublications.Upload(
                String.valueOf(longAgo.getYear()), "FINAL", "OVERDUEFINAL 决算", longAgo.toString(), null, null),
                "f.xlsx", base("逾期", "500.00").xlsx());
        StaffUser publisher = o.publisher();
        String page = body(get("/admin/inspection").with(fixtures.as(publisher)));
        assertThat(page).contains("OVERDUEFINAL 决算", "批复日期 " + longAgo, "/admin/budgets/" + u.id(), "去发布");
        publish(o, u.id());
        assertThat(body(get("/admin/inspection").with(fixtures.as(publisher)))).doesNotContain("OVERDUEFINAL 决算");
    }
}
