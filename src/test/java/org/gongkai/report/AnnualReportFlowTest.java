package org.gongkai.report;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.demo.DemoCatalog;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The annual report from live data to the portal: a fixture organisation whose documents and applications give known
 * numbers, written and generated on the report page, reviewed and published through the normal workflow; a report
 * that does not reconcile (or was edited elsewhere, or whose data changed) cannot be approved.
 */
@IntegrationTest
class AnnualReportFlowTest {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired DemoCatalog demoCatalog;
    @Autowired CatalogTree catalog;
    @Autowired CreateDocument create;
    @Autowired SaveDraft save;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired PublishedDocuments published;
    @Autowired DocumentQueries documents;
    @Autowired AnnualReportStore store;

    long org;
    long node;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void site() {
        org = fixtures.organisation("年报县教育局" + SEQ.incrementAndGet());
        demoCatalog.seed(org);
        node = catalog.nodesOf(org).stream().map(CatalogTree.Entry::node)
                .filter(n -> n.name().equals("信息公开年度报告")).findFirst().orElseThrow().id();
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    @Test
    void aKnownYearIsWrittenGeneratedReviewedAndPublishedWithExactCells() throws Exception {
        long other = nodeNamed("规范性文件");
        publishDocument(other, "关于规范课后服务的通知", DocumentKind.NORMATIVE, "2025-03-01", Validity.VALID, null);
        publishDocument(other, "关于学籍管理的若干规定", DocumentKind.NORMATIVE, "2023-05-01", Validity.REPEALED, "2025-06-30");
        publishDocument(other, "关于招生工作的通知", DocumentKind.NORMATIVE, "2024-02-01", Validity.VALID, null);
        publishDocument(other, "2025年工作要点", DocumentKind.OTHER, "2025-02-01", Validity.VALID, null);
        create.create(editor, org, doc(other, "未发布的规范性文件", DocumentKind.NORMATIVE, "2025-04-01", Validity.VALID, null));
        application("NATURAL_PERSON", "2024-12-20", "2025-01-10", "CANNOT_PROVIDE_NOT_HELD");
        application("NATURAL_PERSON", "2025-03-01", "2025-03-20", "DISCLOSED");
        application("COMMERCIAL", "2025-05-01", "2025-05-25", "PARTLY_DISCLOSED");
        application("NATURAL_PERSON", "2025-12-29", null, null);
        long challenged = application("NATURAL_PERSON", "2025-02-01", "2025-02-20", "WITHHELD_PROCESS_INFORMATION");
        StaffUser officer = fixtures.staff(org, Role.DISCLOSURE_OFFICER);
        challenge(officer, challenged, "RECONSIDERATION", "2025-03-01", "CORRECTED", "2025-05-01");
        challenge(officer, challenged, "LITIGATION_AFTER_RECONSIDERATION", "2025-06-01", "MAINTAINED", "2026-02-01");

        writeReport(2025, "12.5");
        mvc.perform(post("/admin/report/2025/generate?org=" + org).param("lockVersion", "1")
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long documentId = store.find(org, 2025).orElseThrow().documentId();
        submit.submit(editor, documentId);
        approve(documentId);
        publish.publishNow(publisher, documentId);

        var doc = published.find(documentId).orElseThrow();
        assertThat(doc.title()).endsWith("2025年政府信息公开工作年度报告");
        List<String[][]> html = htmlTables(doc.bodyHtml());
        String[][] two = html.get(0);
        assertThat(two[2]).containsExactly("规章", "0", "0", "0");
        assertThat(two[3]).containsExactly("行政规范性文件", "1", "1", "2");
        assertThat(two[6]).containsExactly("行政许可", "3", "3", "3");
        assertThat(two[13]).containsExactly("行政事业性收费", "12.5", "12.5", "12.5");
        String[][] three = html.get(1);
        assertThat(three).hasNumberOfRows(28);
        assertThat(three[3]).containsExactly("一、本年新收政府信息公开申请数量", "一、本年新收政府信息公开申请数量",
                "一、本年新收政府信息公开申请数量", "3", "1", "0", "0", "0", "0", "4");
        assertThat(three[4][3]).isEqualTo("1");
        assertThat(three[5]).containsExactly("三、本年度办理结果", "（一）予以公开", "（一）予以公开", "1", "0", "0", "0", "0", "0", "1");
        assertThat(three[6][4]).isEqualTo("1");
        assertThat(row(three, "1.本机关不掌握相关政府信息")[3]).isEqualTo("1");
        assertThat(row(three, "6.属于四类过程性信息")[3]).isEqualTo("1");
        assertThat(row(three, "（七）总计")[9]).isEqualTo("4");
        assertThat(row(three, "四、结转下年度继续办理")[9]).isEqualTo("1");
        // 行政复议: corrected 1, total 1; 复议后起诉: concluded only in 2026, so pending at the end of 2025
        assertThat(html.get(2)[3]).containsExactly("0", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1");
        assertThat(doc.attachments()).extracting(a -> a.kind().name()).contains("XLSX");

        byte[] xlsx = mvc.perform(get("/files/" + doc.attachments().get(0).id())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<String[][]> sheets = xlsxTables(xlsx);
        assertThat(sheets).hasSize(3);
        for (int t = 0; t < 3; t++) {
            assertThat(sheets.get(t)).as("table " + (t + 2)).isDeepEqualTo(html.get(t));
        }
        mvc.perform(get("/documents/" + documentId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("本年制发件数")))
                .andExpect(content().string(containsString("报告一、总体情况正文")));
        mvc.perform(get("/admin/report?org=" + org).with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已发布")));
    }

    @Test
    void lastYearsCarriedOverMustEqualThisYearsCarriedInOrTheReportCannotBeApproved() throws Exception {
        application("NATURAL_PERSON", "2024-12-20", "2025-01-10", "DISCLOSED");
        writeReport(2024, "0");
        long lastYear = generate(2024, 1);
        submit.submit(editor, lastYear);
        approve(lastYear);
        publish.publishNow(publisher, lastYear);

        // an application of 2024 recorded only after the 2024 report was published
        application("NATURAL_PERSON", "2024-11-01", "2025-02-01", "DISCLOSED");
        writeReport(2025, "0");
        long thisYear = generate(2025, 1);
        mvc.perform(get("/admin/report/2025?org=" + org).with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(containsString("与上年已发布报告“四、结转下年度继续办理” 1 件不一致")));
        submit.submit(editor, thisYear);
        assertThat(blockers(thisYear)).contains("年度报告勾稽关系不成立")
                .contains("本年“二、上年结转” 2 件，与上年已发布报告“四、结转下年度继续办理” 1 件不一致");
        assertThat(published.find(thisYear)).isEmpty();
    }

    @Test
    void aReportEditedOutsideItsPageOrWhoseDataChangedIsHeldBack() throws Exception {
        writeReport(2025, "1");
        long id = generate(2025, 1);
        var draft = documents.view(editor, id).working().orElseThrow();
        DocumentContent c = documents.view(editor, id).workingRevision().orElseThrow().content();
        save.save(editor, id, draft.lockVersion(), DocumentContent.builder().catalogNodeId(c.catalogNodeId())
                .title(c.title()).issuer(c.issuer()).writtenDate(c.writtenDate()).opennessClass(c.opennessClass())
                .keywords(c.keywords()).bodyHtml(c.bodyHtml().replace("<td>0</td>", "<td>9</td>")).build());
        submit.submit(editor, id);
        assertThat(blockers(id)).contains("年度报告正文不是由年度报告页面生成的");
        review.reject(reviewer, id, "请在年度报告页面重新生成");

        generate(2025, 1);
        writeReport(2025, "2", 1);
        submit.submit(editor, id);
        assertThat(blockers(id)).contains("年度报告生成后数据已有变化").doesNotContain("勾稽关系不成立");

        // approved, then the data change: publication is refused and the publisher sends it back to be regenerated
        review.reject(reviewer, id, "重新生成");
        generate(2025, 2);
        submit.submit(editor, id);
        approve(id);
        writeReport(2025, "3", 2);
        assertThatThrownBy(() -> publish.publishNow(publisher, id)).isInstanceOf(ConflictException.class)
                .hasMessage("workflow.blocked.publish");
        mvc.perform(post("/admin/documents/" + id + "/send-back").param("opinion", "数据有变化，请重新生成")
                        .with(fixtures.as(publisher)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        generate(2025, 3);
        submit.submit(editor, id);
        approve(id);
        publish.publishNow(publisher, id);
        assertThat(published.find(id)).isPresent();
    }

    @Test
    void generationNeedsTheWrittenSectionsAndOnlyTheOrganisationsEditors() throws Exception {
        mvc.perform(post("/admin/report/2025/generate?org=" + org).param("lockVersion", "0")
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请先填写并保存“一、总体情况”")));
        mvc.perform(post("/admin/report/2025?org=" + org).param("overview", "x").param("licences", "-1")
                        .param("fees", "1.23456").param("lockVersion", "0").with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请输入 0 至 999999999 之间的整数")))
                .andExpect(content().string(containsString("最多 4 位小数")));
        StaffUser stranger = fixtures.staff(fixtures.organisation("他县教育局" + SEQ.incrementAndGet()), Role.EDITOR);
        mvc.perform(post("/admin/report/2025?org=" + org).param("overview", "x").param("lockVersion", "0")
                        .with(fixtures.as(stranger)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/report/2025?org=" + org).with(fixtures.as(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/report/2030?org=" + org).with(fixtures.as(editor))).andExpect(status().isBadRequest());
        writeReport(2025, "0");
        mvc.perform(post("/admin/report/2025?org=" + org).param("overview", "过期的页面").param("lockVersion", "0")
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("过期的页面")));
    }

    private void approve(long documentId) {
        try {
            review.approve(reviewer, documentId, null);
        } catch (ConflictException e) {
            throw new AssertionError("approval refused: " + java.util.Arrays.toString(e.args()), e);
        }
    }

    /** What the gates name when the reviewer tries to approve (approval must be refused). */
    private String blockers(long documentId) {
        LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            review.approve(reviewer, documentId, null);
        } catch (ConflictException e) {
            assertThat(e.getMessage()).isEqualTo("workflow.blocked.approve");
            return String.valueOf(e.args()[1]);
        }
        throw new AssertionError("approval was not refused");
    }

    @Test
    void writtenTextIsPlainTextInTheReportEvenWhenItLooksLikeHtml() throws Exception {
        mvc.perform(post("/admin/report/2025?org=" + org)
                        .param("overview", "<script>alert(1)</script><img src=x onerror=alert(2)>总体情况")
                        .param("problems", "问题 & 改进").param("otherMatters", "无")
                        .param("catalogNodeId", String.valueOf(node)).param("lockVersion", "0")
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = generate(2025, 1);
        String body = documents.view(editor, id).workingRevision().orElseThrow().content().bodyHtml();
        assertThat(body).doesNotContain("<script", "<img").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        mvc.perform(get("/admin/report/2025?org=" + org).with(fixtures.as(editor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    private long generate(int year, int version) throws Exception {
        mvc.perform(post("/admin/report/" + year + "/generate?org=" + org).param("lockVersion", String.valueOf(version))
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return store.find(org, year).orElseThrow().documentId();
    }

    private void writeReport(int year, String fees) throws Exception {
        writeReport(year, fees, 0);
    }

    private void writeReport(int year, String fees, int version) throws Exception {
        mvc.perform(post("/admin/report/" + year + "?org=" + org)
                        .param("overview", "报告一、总体情况正文。\n第二段。")
                        .param("problems", "存在的问题。").param("otherMatters", "无。")
                        .param("licences", "3").param("penalties", "0").param("enforcement", "")
                        .param("fees", fees).param("catalogNodeId", String.valueOf(node))
                        .param("lockVersion", String.valueOf(version))
                        .with(fixtures.as(editor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private long nodeNamed(String name) {
        return catalog.nodesOf(org).stream().map(CatalogTree.Entry::node).filter(n -> n.name().contains(name))
                .findFirst().orElseThrow().id();
    }

    private DocumentContent doc(long nodeId, String title, DocumentKind kind, String written, Validity validity,
                                String repealed) {
        return DocumentContent.builder().catalogNodeId(nodeId).title(title).issuer("年报县教育局")
                .writtenDate(LocalDate.parse(written)).validity(validity).bodyHtml("<p>" + title + "</p>").kind(kind)
                .repealedOn(repealed == null ? null : LocalDate.parse(repealed)).build();
    }

    private void publishDocument(long nodeId, String title, DocumentKind kind, String written, Validity validity,
                                 String repealed) {
        long id = create.create(editor, org, doc(nodeId, title, kind, written, validity, repealed));
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);
    }

    private void challenge(StaffUser officer, long applicationId, String kind, String filed, String result,
                           String concluded) throws Exception {
        mvc.perform(post("/admin/applications/" + applicationId + "/challenges").param("kind", kind)
                        .param("filedOn", filed).param("result", result).param("concludedOn", concluded)
                        .with(fixtures.as(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private long application(String type, String received, String replied, String outcome) {
        boolean person = type.equals("NATURAL_PERSON");
        return jdbc.sql("""
                insert into disclosure_application (organisation_id, tracking_number, query_code_hash, applicant_type,
                    applicant_name, id_type, id_number, credit_code, legal_representative, email, info_description,
                    delivery, channel, received_at, received_on, status, clock_start, outcome, replied_on, replied_at)
                values (?, ?, 'x', ?, '申请人', ?, ?, ?, ?, 'a@example.cn', '某信息', 'EMAIL', 'EMAIL', now(), ?, ?, ?, ?, ?,
                        case when ? then now() end) returning id""")
                .params(org, "GK-NB" + String.format("%07d", SEQ.incrementAndGet()) + "-20250101-ABCDEF", type,
                        person ? "RESIDENT_ID" : null, person ? "110101199003070000" : null,
                        person ? null : "91110000100000000X", person ? null : "法定代表人",
                        Date.valueOf(received), replied == null ? "IN_PROGRESS" : "ANSWERED", Date.valueOf(received),
                        outcome, replied == null ? null : Date.valueOf(replied), replied != null)
                .query(Long.class).single();
    }

    private static String[] row(String[][] grid, String label) {
        for (String[] r : grid) {
            for (String c : r) {
                if (label.equals(c)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row " + label);
    }

    /** Each table of the HTML as a full grid, spans expanded (written here independently of the renderer). */
    static List<String[][]> htmlTables(String html) {
        List<String[][]> out = new ArrayList<>();
        for (Element table : Jsoup.parseBodyFragment(html).select("table")) {
            var rows = table.select("tr");
            int columns = 0;
            for (Element cell : rows.get(0).select("th, td")) {
                columns += span(cell, "colspan");
            }
            String[][] grid = new String[rows.size()][columns];
            for (int r = 0; r < rows.size(); r++) {
                int c = 0;
                for (Element cell : rows.get(r).select("th, td")) {
                    while (grid[r][c] != null) {
                        c++;
                    }
                    for (int dr = 0; dr < span(cell, "rowspan"); dr++) {
                        for (int dc = 0; dc < span(cell, "colspan"); dc++) {
                            grid[r + dr][c + dc] = cell.text();
                        }
                    }
                    c += span(cell, "colspan");
                }
            }
            out.add(grid);
        }
        return out;
    }

    private static int span(Element cell, String attribute) {
        return cell.hasAttr(attribute) ? Integer.parseInt(cell.attr(attribute)) : 1;
    }

    /** Each sheet as a full grid, merged regions filled with their top-left value. */
    static List<String[][]> xlsxTables(byte[] xlsx) throws Exception {
        List<String[][]> out = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                int rows = sheet.getLastRowNum() + 1;
                int columns = 0;
                for (Row row : sheet) {
                    columns = Math.max(columns, row.getLastCellNum());
                }
                String[][] grid = new String[rows][columns];
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < columns; c++) {
                        var cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(c);
                        grid[r][c] = cell == null ? "" : format.formatCellValue(cell);
                    }
                }
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    String value = grid[region.getFirstRow()][region.getFirstColumn()];
                    for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                            grid[r][c] = value;
                        }
                    }
                }
                out.add(grid);
            }
        }
        return out;
    }
}
