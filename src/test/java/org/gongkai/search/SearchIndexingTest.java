package org.gongkai.search;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.document.AttachFile;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.ReviewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.WithdrawOrRemove;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows the public side: only published documents enter it, withdrawn and removed ones leave it, and
 * the start-up repair mends what a crash left behind. The listener runs after commit on its own thread, so these
 * tests call the indexer themselves; its {@code sync} reads the document as it is, so the listener's later run
 * changes nothing.
 */
@IntegrationTest
class SearchIndexingTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired Fixtures fixtures;
    @Autowired CreateDocument create;
    @Autowired AttachFile attach;
    @Autowired SubmitForReview submit;
    @Autowired ReviewEdition review;
    @Autowired PublishEdition publish;
    @Autowired WithdrawOrRemove withdrawOrRemove;
    @Autowired DocumentQueries queries;
    @Autowired PublishedDocuments published;
    @Autowired SearchIndexer indexer;
    @Autowired SearchIndex index;
    @Autowired IndexedEditions record;
    @Autowired SearchDocuments documents;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    long org;
    StaffUser editor;
    StaffUser reviewer;
    StaffUser publisher;

    @BeforeEach
    void staff() {
        org = fixtures.organisation("搜索县教育局");
        editor = fixtures.staff(org, Role.EDITOR);
        reviewer = fixtures.staff(org, Role.REVIEWER);
        publisher = fixtures.staff(org, Role.PUBLISHER);
    }

    /** A token no other document holds: lowercase letters only, which the analyser keeps as one word. */
    static String marker() {
        StringBuilder sb = new StringBuilder("mk");
        for (int i = 0; i < 10; i++) {
            sb.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static DocumentContent content(String title, String body) {
        return DocumentContent.builder().title(title).issuer("搜索县教育局").writtenDate(LocalDate.of(2026, 3, 1))
                .theme("教育").opennessClass("RESULT").keywords("测试").bodyHtml("<p>" + body + "</p>").build();
    }

    long draft(String marker) {
        return create.create(editor, org, content("关于" + marker + "的通知", "正文 " + marker + " 内容。"));
    }

    long publishedDocument(String marker) {
        long id = draft(marker);
        publishDraft(id);
        return id;
    }

    void publishDraft(long id) {
        submit.submit(editor, id);
        review.approve(reviewer, id, "同意");
        publish.publishNow(publisher, id);
    }

    List<Long> found(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::documentId).toList();
    }

    /**
     * The listener runs outside a transaction (so threads waiting for the indexer hold no pooled connection), and
     * the outbox still completes its publication once the document is indexed.
     */
    @Test
    void theListenersOutboxEntryCompletesOnceIndexed() {
        String m = marker();
        long id = publishedDocument(m);
        long editionId = published.find(id).orElseThrow().editionId();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while ((pendingSearchEvents(editionId) > 0 || found(m).isEmpty()) && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // each round trip to the database is the wait; no sleep
        }
        assertThat(found(m)).containsExactly(id);
        assertThat(pendingSearchEvents(editionId)).as("search listener's publication completed").isZero();
    }

    private long pendingSearchEvents(long editionId) {
        return jdbc.sql("""
                select count(*) from event_publication where completion_date is null
                   and listener_id like '%SearchListener%' and serialized_event like ?""")
                .param("%\"editionId\":" + editionId + "%").query(Long.class).single();
    }

    @Test
    void aPublishedDocumentIsFoundAndADraftNever() {
        String m = marker();
        long draftId = draft(m + " draft");
        String p = marker();
        long pubId = publishedDocument(p);
        indexer.sync(draftId);
        indexer.sync(pubId);
        indexer.repair();
        assertThat(found(m)).isEmpty();
        assertThat(found(p)).containsExactly(pubId);
        submit.submit(editor, draftId);
        review.approve(reviewer, draftId, "同意");
        indexer.sync(draftId);
        assertThat(found(m)).as("approved but not published").isEmpty();
    }

    @Test
    void withdrawnAndRemovedDocumentsLeaveTheIndex() {
        String w = marker();
        String r = marker();
        long withdrawn = publishedDocument(w);
        long removed = publishedDocument(r);
        indexer.sync(withdrawn);
        indexer.sync(removed);
        assertThat(found(w)).containsExactly(withdrawn);
        assertThat(found(r)).containsExactly(removed);

        withdrawOrRemove.withdraw(publisher, withdrawn, "政策调整");
        withdrawOrRemove.remove(publisher, removed, "误发");
        indexer.sync(withdrawn);
        indexer.sync(removed);
        assertThat(found(w)).isEmpty();
        assertThat(found(r)).isEmpty();
        assertThat(published.find(withdrawn)).as("a withdrawn document keeps its page").isPresent();
    }

    @Test
    void startUpRepairIndexesAMissedDocumentAndDropsOneNoLongerPublic(@TempDir Path dir) {
        // An index of its own, which the asynchronous listener does not write to, so nothing races the repair.
        try (LuceneSearchIndex own = new LuceneSearchIndex(dir)) {
            SearchIndexer repairer = new SearchIndexer(own, documents, published, record);
            String m = marker();
            long missed = publishedDocument(m);

            SearchIndexer.Repair first = repairer.repair();
            assertThat(first.wiped()).as("an index this database has never seen is emptied and filled").isTrue();
            assertThat(ids(own, m)).containsExactly(missed);

            // A crash between commit and indexing: the index and its record lack the document.
            own.delete(missed);
            record.forget(own.name(), missed);
            // A document the index still holds but the public side no longer has.
            String g = marker();
            long ghost = 9_000_000_000L + RANDOM.nextInt(1_000_000);
            own.index(new SearchDocument(ghost, 1, "幽灵 " + g, null, org, List.of(org), "RESULT", null, "VALID",
                    LocalDate.of(2020, 1, 1), g, ""));
            record.record(own.name(), ghost, 1);
            assertThat(ids(own, m)).isEmpty();
            assertThat(ids(own, g)).containsExactly(ghost);

            SearchIndexer.Repair repair = repairer.repair();

            assertThat(repair.wiped()).isFalse();
            assertThat(repair.indexed()).isGreaterThanOrEqualTo(1);
            assertThat(repair.removed()).isGreaterThanOrEqualTo(1);
            assertThat(ids(own, m)).containsExactly(missed);
            assertThat(ids(own, g)).isEmpty();
            assertThat(record.recorded(own.name())).containsEntry(missed, published.liveEditions().get(missed))
                    .doesNotContainKey(ghost);
        }
    }

    static List<Long> ids(SearchIndex in, String text) {
        return in.search(SearchQuery.of(text)).hits().stream().map(SearchHit::documentId).toList();
    }

    @Test
    void theTextOfPdfDocxAndXlsxAttachmentsIsSearchable() throws Exception {
        String inPdf = marker();
        String inDocx = marker();
        String inXlsx = marker();
        long id = draft(marker());
        attach.attach(editor, id, version(id), "a.pdf", new ByteArrayInputStream(pdf("Enrolment plan " + inPdf)));
        attach.attach(editor, id, version(id), "b.docx", new ByteArrayInputStream(docx("招生计划 " + inDocx)));
        attach.attach(editor, id, version(id), "c.xlsx", new ByteArrayInputStream(xlsx("学校名单", inXlsx)));
        assertThat(indexer.repair()).isNotNull();
        assertThat(found(inPdf)).as("draft attachments stay out").isEmpty();
        publishDraft(id);
        indexer.sync(id);

        assertThat(found(inPdf)).containsExactly(id);
        assertThat(found(inDocx)).containsExactly(id);
        assertThat(found(inXlsx)).containsExactly(id);
        assertThat(index.search(SearchQuery.of(inXlsx)).hits().get(0).snippetHtml()).contains("<mark>" + inXlsx + "</mark>");
    }

    int version(long id) {
        return queries.view(editor, id).working().orElseThrow().lockVersion();
    }

    static byte[] pdf(String text) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(String header, String cellText) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("名单");
            sheet.createRow(0).createCell(0).setCellValue(header);
            sheet.createRow(5).createCell(3).setCellValue("第三列 " + cellText);
            sheet.getRow(5).createCell(7).setCellValue(2026);
            book.write(out);
            return out.toByteArray();
        }
    }
}
