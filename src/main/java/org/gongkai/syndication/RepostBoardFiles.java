package org.gongkai.syndication;

import org.gongkai.document.DocumentQueries;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The board as CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese): one line per subscriber. */
@Controller
class RepostBoardFiles {

    static final int MAX_DOCUMENTS = 1000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);

    private final RepostBoard board;
    private final DocumentQueries documents;
    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    RepostBoardFiles(RepostBoard board, DocumentQueries documents, OrganisationDirectory organisations,
                     MessageSource messages) {
        this.board = board;
        this.documents = documents;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/admin/syndication/board.csv")
    ResponseEntity<byte[]> all(StaffUser user, @RequestParam(required = false) Long org) {
        long orgId = org == null ? user.organisationId() : org;
        documents.requireReader(user, orgId);
        List<RepostBoard.Entry> entries = board.documents(user, orgId, 1, MAX_DOCUMENTS).items();
        String slug = organisations.find(orgId).map(Organisation::slug).orElse("board");
        return csv(entries, "reposts-" + slug + ".csv");
    }

    @GetMapping("/admin/syndication/board/{documentId}/rows.csv")
    ResponseEntity<byte[]> one(StaffUser user, @PathVariable long documentId) {
        documents.requireReader(user, user.organisationId());
        return csv(List.of(board.document(user, documentId)), "reposts-" + documentId + ".csv");
    }

    private ResponseEntity<byte[]> csv(List<RepostBoard.Entry> entries, String fileName) {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("source_document_id", "title", "document_number", "source_published_at", "organisation",
                "status", "repost_document_id", "reposted_at", "delay_working_days", "overdue", "dismiss_reason",
                "source_change", "document_kind", "limit_working_days"));
        for (RepostBoard.Entry e : entries) {
            for (RepostBoard.Row r : e.rows()) {
                lines.add(List.of(String.valueOf(e.sourceDocumentId()), e.title(), nz(e.documentNumber()),
                        time(e.publishedAt()), r.organisationName(),
                        messages.getMessage(r.status().labelKey(), null, locale),
                        r.repostDocumentId() == null ? "" : String.valueOf(r.repostDocumentId()), time(r.repostedAt()),
                        r.delay() == null ? "" : String.valueOf(r.delay()), r.overdue() ? "1" : "0",
                        nz(r.dismissReason()), r.change() == null ? "" : r.change().name(),
                        e.kind() == null ? "" : e.kind().name(), String.valueOf(r.limit())));
            }
        }
        byte[] body = ("\uFEFF" + Csv.write(lines)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
