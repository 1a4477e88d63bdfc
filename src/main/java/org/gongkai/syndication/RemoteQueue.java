package org.gongkai.syndication;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.Validity;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.transparency.RemoteEditionCheck;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Items from other sites: the re-post holds the canonical edition exactly as verified (its text one paragraph per
 * line). A flagged item (the source changed) is not re-posted, nor one whose stored edition no longer hashes to
 * the verified content hash.
 */
@Component
class RemoteQueue implements ItemQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RemoteStore store;

    RemoteQueue(RemoteStore store) {
        this.store = store;
    }

    @Override
    public QueueKind kind() {
        return QueueKind.REMOTE;
    }

    @Override
    public Optional<RemoteItem> find(long id) {
        return store.item(id);
    }

    @Override
    public Prepared prepare(QueuedItem queued) {
        RemoteItem item = (RemoteItem) queued;
        if (item.flagged()) {
            throw new ConflictException("repost.error.sourceGone");
        }
        if (!item.verified()) {
            return outside(item);
        }
        if (!RemoteEditionCheck.matches(item.canonicalJson(), item.contentHash())) {
            throw new ConflictException("remote.error.tampered");
        }
        DocumentContent.Builder content = content(item.canonicalJson());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("remoteDocument", item.remoteDocumentId());
        evidence.put("contentHash", item.contentHash());
        evidence.put("leaf", item.leafIndex());
        return new Prepared(content, evidence);
    }

    /** A re-post's content from a verified canonical edition (without column). */
    static DocumentContent.Builder content(String canonicalJson) {
        JsonNode e = JSON.readTree(canonicalJson);
        return DocumentContent.builder().title(text(e, "title"))
                .documentNumber(text(e, "documentNumber")).issuer(text(e, "issuer"))
                .writtenDate(date(e, "writtenDate")).publishDate(date(e, "publishDate")).theme(text(e, "theme"))
                .opennessClass(text(e, "opennessClass")).keywords(text(e, "keywords")).summary(text(e, "summary"))
                .kind(DocumentKind.OTHER).validity(Validity.VALID).bodyHtml(paragraphs(text(e, "body")));
    }

    /** An outside entry: its cleaned text, attributed to its issuing body (or the source's name). */
    private Prepared outside(RemoteItem item) {
        DocumentContent.Builder content = DocumentContent.builder().title(item.title())
                .documentNumber(item.documentNumber()).issuer(item.issuer()).publishDate(item.sourceDate())
                .kind(DocumentKind.OTHER).validity(Validity.VALID).bodyHtml(item.bodyHtml());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("original", item.originalUrl());
        evidence.put("fingerprint", item.contentHash());
        return new Prepared(content, evidence);
    }

    @Override
    public boolean markReposted(long id, long documentId, long userId) {
        return store.markReposted(id, documentId, userId);
    }

    @Override
    public boolean markDismissed(long id, String reason, long userId) {
        return store.markDismissed(id, reason, userId);
    }

    /** The canonical body, one paragraph per line, as escaped paragraphs. */
    static String paragraphs(String body) {
        StringBuilder html = new StringBuilder();
        for (String line : (body == null ? "" : body).split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(line.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static LocalDate date(JsonNode o, String name) {
        String s = text(o, name);
        return s == null ? null : LocalDate.parse(s);
    }
}
