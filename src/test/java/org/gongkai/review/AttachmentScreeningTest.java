package org.gongkai.review;

import org.gongkai.document.AttachFile;
import org.gongkai.document.AttachmentInfo;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.support.Fixtures;
import org.gongkai.support.HostileFiles;
import org.gongkai.support.IntegrationTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.gongkai.search.SearchIndexer;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Screening reads every byte a visitor can download: every hiding place of a DOCX, XLSX or PDF is a finding, a file it
 * cannot read completely holds the edition until a reviewer confirms it, and the public copy of each file is
 * sanitised while the original stays for staff.
 */
@IntegrationTest
class AttachmentScreeningTest {

    @Autowired Fixtures fixtures;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CreateDocument create;
    @Autowired AttachFile attach;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired DocumentQueries queries;
    @Autowired PublishedDocuments published;
    @Autowired ResolveFindings resolve;
    @Autowired FindingStore findings;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void staff() {
        org = fixtures.organisation("附件筛查县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    int version(long id) {
        return queries.view(publisher, id).working().orElseThrow().lockVersion();
    }

    long attach(long id, String name, byte[] bytes) {
        return attach.attach(editor, id, version(id), name, new ByteArrayInputStream(bytes));
    }

    List<StoredFinding> current(long id) {
        DocumentView v = queries.view(publisher, id);
        var e = v.working().orElseThrow();
        return findings.ofRevision(e.id(), e.revisionId());
    }

    long document(String title) {
        return create.create(editor, org, ScreeningWorkflowTest.doc(title, "说明", "<p>详见附件。</p>"));
    }

    byte[] publicFile(long attachmentId) throws Exception {
        return mvc.perform(get("/files/" + attachmentId)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    byte[] staffFile(long attachmentId) throws Exception {
        return mvc.perform(get("/admin/attachments/" + attachmentId).with(fixtures.as(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void everyHidingPlaceOfEveryFileIsAFinding() throws Exception {
        long id = document("隐藏位置筛查");
        List<HostileFiles.Hostile> corpus = HostileFiles.corpus();
        for (HostileFiles.Hostile h : corpus) {
            attach(id, h.fileName(), h.bytes());
        }
        byte[] withObject = HostileFiles.withPart(HostileFiles.docxWith(d -> d.createParagraph().createRun()
                .setText("见嵌入的表格")), "word/embeddings/oleObject1.bin", new byte[]{1, 2, 3, 4});
        attach(id, "嵌入对象.docx", withObject);
        attach(id, "加密.pdf", HostileFiles.pdfWith(p -> {
            try {
                p.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        attach(id, "扫描件.pdf", scannedPdf());
        attach(id, "照片.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13});
        submit.submit(editor, id);

        List<StoredFinding> found = current(id);
        for (HostileFiles.Hostile h : corpus) {
            assertThat(found).as(h.place()).anyMatch(f -> f.kind() == FindingKind.RESIDENT_ID
                    && CheckSums.digitsOnly(f.matched()).equals(h.marker().substring(0, 17) + (h.marker().endsWith("X")
                    ? "" : h.marker().substring(17))) && f.attachmentName().equals(h.fileName()));
        }
        assertThat(found).anyMatch(f -> f.kind() == FindingKind.NOT_SCREENED && f.attachmentName().equals("嵌入对象.docx")
                && f.location().equals("embedded:word/embeddings/oleObject1.bin"));
        assertThat(found).anyMatch(f -> f.kind() == FindingKind.NOT_SCREENED && f.attachmentName().equals("加密.pdf")
                && f.location().equals("file") && f.matched().contains("unreadable"));
        assertThat(found).anyMatch(f -> f.kind() == FindingKind.NOT_SCREENED && f.attachmentName().equals("扫描件.pdf")
                && f.location().equals("image:1"));
        assertThat(found).anyMatch(f -> f.kind() == FindingKind.NOT_SCREENED && f.attachmentName().equals("照片.png")
                && f.location().equals("file"));
        assertThat(found).anyMatch(f -> f.location().equals("name") && f.attachmentKind().equals("PDF"));
        assertThat(found).anyMatch(f -> f.location().equals("metadata") && f.attachmentName().equals("pdf-info.pdf"));
        assertThat(found).anyMatch(f -> f.location().equals("part:docProps/custom.xml"));
        assertThat(found).anyMatch(f -> f.location().equals("part:xl/workbook.xml")
                && f.attachmentName().equals("xlsx-sheet-name.xlsx"));
        assertThatThrownBy(() -> review.approve(reviewer, id, null)).isInstanceOf(ConflictException.class);
    }

    /** A page that is a picture and nothing else: a scan. */
    static byte[] scannedPdf() throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawImage(image, 72, 600, 200, 100);
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void searchIndexesOnlyThePublicCopy() throws Exception {
        String deleted = "删除词" + HostileFiles.marker().substring(10);
        String inserted = "插入词" + HostileFiles.marker().substring(10);
        long id = document("检索公开副本");
        attach(id, "修订稿.docx", HostileFiles.docxWith(d -> {
            var p = d.createParagraph();
            p.createRun().setText("正文 ");
            var del = p.getCTP().addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("审核人");
            del.setDate(Calendar.getInstance());
            del.addNewR().addNewDelText().setStringValue(deleted);
            var ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.TWO);
            ins.setAuthor("审核人");
            ins.setDate(Calendar.getInstance());
            ins.addNewR().addNewT().setStringValue(inserted);
            d.getProperties().getCoreProperties().setKeywords("属性词" + deleted);
        }));
        submit.submit(editor, id);
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);
        searchIndexer.sync(id);
        assertThat(searchPage(inserted)).contains("/documents/" + id);
        assertThat(searchPage(deleted)).doesNotContain("/documents/" + id).doesNotContain("<mark>" + deleted);
    }

    @Autowired SearchIndexer searchIndexer;

    String searchPage(String q) throws Exception {
        return mvc.perform(get("/search").param("q", q)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aFileTheParserGivesUpOnIsNotScreenedAndHoldsTheEditionUntilAReviewerConfirmsIt() throws Exception {
        long id = document("无法读取的附件");
        HostileFiles.Hostile padded = HostileFiles.paddedDocx();
        long file = attach(id, padded.fileName(), padded.bytes());
        submit.submit(editor, id);

        List<StoredFinding> found = current(id);
        StoredFinding notScreened = found.stream().filter(f -> f.kind() == FindingKind.NOT_SCREENED).findFirst()
                .orElseThrow(() -> new AssertionError("no not-screened finding in " + found));
        assertThat(notScreened.location()).isEqualTo("file");
        assertThat(notScreened.matched()).contains("unreadable");
        assertThat(notScreened.redactable()).isFalse();
        assertThatThrownBy(() -> review.approve(reviewer, id, null)).isInstanceOf(ConflictException.class)
                .hasMessage("workflow.blocked.approve");
        assertThatThrownBy(() -> resolve.redact(reviewer, id, notScreened.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> resolve.accept(reviewer, id, notScreened.id(), " "))
                .isInstanceOf(InvalidInputException.class);
        // confirming needs the reviewer to have opened the original
        assertThatThrownBy(() -> resolve.accept(reviewer, id, notScreened.id(), "看过了"))
                .isInstanceOf(ConflictException.class).hasMessage("review.finding.openFirst");
        // the page offers the original to open
        mvc.perform(get("/admin/documents/" + id).with(fixtures.as(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/attachments/" + file)));
        assertThat(staffFile(file)).isEqualTo(padded.bytes());

        resolve.accept(reviewer, id, notScreened.id(), "已打开原件逐页核对，无个人信息");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'review.finding.accept' and target_id = ?"
                        + " and after ->> 'kind' = 'NOT_SCREENED' and after ->> 'reason' = '已打开原件逐页核对，无个人信息'")
                .param(String.valueOf(notScreened.id())).query(Long.class).single()).isEqualTo(1);
        review.approve(reviewer, id, null);
    }

    @Test
    void thePublicCopyIsSanitisedAndTheOriginalStaysForStaff() throws Exception {
        long id = document("公开副本净化");
        byte[] docx = HostileFiles.docxWith(d -> {
            d.getProperties().getCoreProperties().setCreator("起草人赵某某");
            d.getProperties().getCustomProperties().addProperty("内部编号", "内部备注甲乙丙");
            var p = d.createParagraph();
            p.createRun().setText("保留的正文");
            var del = p.getCTP().addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("审核人");
            del.setDate(Calendar.getInstance());
            del.addNewR().addNewDelText().setStringValue("已删除的草稿措辞");
            var ins = p.getCTP().addNewIns();
            ins.setId(BigInteger.TWO);
            ins.setAuthor("审核人");
            ins.setDate(Calendar.getInstance());
            ins.addNewR().addNewT().setStringValue("新插入的措辞");
            var c = d.createComments().createComment(BigInteger.TEN);
            c.setAuthor("审核人");
            c.createParagraph().createRun().setText("批注：此段待定");
        });
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var cell = wb.createSheet("统计").createRow(0).createCell(0);
            cell.setCellValue("旧的单元格内容");
            cell.setCellValue("现在的内容");
            wb.getSharedStringSource().addSharedStringItem(new XSSFRichTextString("无人引用的字符串"));
            wb.getProperties().getCoreProperties().setCreator("表格作者钱某某");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        byte[] pdf = HostileFiles.pdfWith(p -> {
            p.getDocumentInformation().setAuthor("PDF author Sun");
            try {
                p.getDocumentCatalog().setMetadata(new PDMetadata(p, new ByteArrayInputStream(
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">xmp creator Li</x:xmpmeta>".getBytes(StandardCharsets.UTF_8))));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long docxId = attach(id, "说明.docx", docx);
        long xlsxId = attach(id, "统计.xlsx", xlsx);
        long pdfId = attach(id, "说明.pdf", pdf);
        submit.submit(editor, id);
        assertThat(current(id)).isEmpty();
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);

        String publicDocx = HostileFiles.everything(publicFile(docxId));
        assertThat(publicDocx).contains("保留的正文", "新插入的措辞")
                .doesNotContain("起草人赵某某", "内部备注甲乙丙", "已删除的草稿措辞", "批注：此段待定", "w:ins ", "w:del ");
        String publicXlsx = HostileFiles.everything(publicFile(xlsxId));
        assertThat(publicXlsx).contains("现在的内容").doesNotContain("旧的单元格内容", "无人引用的字符串", "表格作者钱某某");
        String publicPdf = HostileFiles.everything(publicFile(pdfId));
        assertThat(publicPdf).contains("Scholarship review notes").doesNotContain("PDF author Sun", "xmp creator Li");
        // the sanitised copies are still files their programs open
        try (var d = new XWPFDocument(new ByteArrayInputStream(publicFile(docxId)))) {
            assertThat(d.getParagraphs()).isNotEmpty();
        }
        try (var w = new XSSFWorkbook(new ByteArrayInputStream(publicFile(xlsxId)))) {
            assertThat(w.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("现在的内容");
        }
        // staff keep the original
        assertThat(HostileFiles.everything(staffFile(docxId))).contains("起草人赵某某", "已删除的草稿措辞", "批注：此段待定");
        assertThat(staffFile(pdfId)).isEqualTo(pdf);
        AttachmentInfo shown = published.attachment(docxId).orElseThrow();
        assertThat(shown.sizeBytes()).isEqualTo(publicFile(docxId).length);
    }

    @Test
    void aRedactedSpreadsheetOrDocumentKeepsTheValueNowhere() throws Exception {
        String id1 = HostileFiles.marker();
        String id2 = HostileFiles.marker();
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet(id1).createRow(0).createCell(0).setCellValue("名单");
            var cell = wb.createSheet("名单").createRow(1).createCell(1);
            cell.setCellValue("身份证 " + id1);
            wb.getSharedStringSource().addSharedStringItem(new XSSFRichTextString(id1));
            wb.getProperties().getCustomProperties().addProperty("证件", id1);
            wb.getProperties().getCoreProperties().setDescription(id1);
            wb.write(out);
            xlsx = out.toByteArray();
        }
        byte[] docx = HostileFiles.docxWith(d -> {
            d.createParagraph().createRun().setText("身份证号：" + id2);
            d.getProperties().getCustomProperties().addProperty("证件", id2);
            d.getProperties().getExtendedProperties().getUnderlyingProperties().setManager(id2);
            var del = d.createParagraph().getCTP().addNewDel();
            del.setId(BigInteger.ONE);
            del.setAuthor("x");
            del.setDate(Calendar.getInstance());
            del.addNewR().addNewDelText().setStringValue(id2);
        });
        long id = document("脱敏副本");
        attach(id, "名单.xlsx", xlsx);
        attach(id, "说明.docx", docx);
        submit.submit(editor, id);
        for (StoredFinding f : current(id)) {
            assertThat(f.redactable()).as(f.location()).isTrue();
            resolve.redact(reviewer, id, f.id());
        }
        review.approve(reviewer, id, null);
        publish.publishNow(publisher, id);
        var doc = published.find(id).orElseThrow();
        assertThat(doc.attachments()).hasSize(2);
        for (AttachmentInfo a : doc.attachments()) {
            String all = HostileFiles.everything(publicFile(a.id()));
            assertThat(all).as(a.fileName()).doesNotContain(id1, id2);
        }
        // the redacted copy itself (what staff see as the redaction), not only the public copy
        for (AttachmentInfo a : queries.view(publisher, id).liveRevision().orElseThrow().attachments()) {
            assertThat(HostileFiles.everything(staffFile(a.id()))).doesNotContain(id1, id2);
        }
    }
}
