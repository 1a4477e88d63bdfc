package org.gongkai.document;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only way the public side reads documents: through the {@code public_document} and {@code public_attachment}
 * views, which hold nothing but live, proactively disclosed editions.
 */
@Service
public class PublishedDocuments {

    private static final String COLUMNS = """
            document_id, organisation_id, index_number, edition_id, edition_number, status, public_note, published_at,
            body_html, body_text, """ + DocumentFields.columns(DocumentFields.published());

    /** Related documents are ranked among this many newest per keyword and of the column. */
    static final int RELATED_CANDIDATES = 100;

    private final JdbcClient jdbc;
    private final AttachmentFiles files;

    PublishedDocuments(JdbcClient jdbc, AttachmentFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** The revision the public sees of a published (not withdrawn) document, if it is published. */
    public Optional<Long> publishedRevisionId(long documentId) {
        return jdbc.sql("select revision_id from public_document where document_id = ? and status = 'PUBLISHED'")
                .param(documentId).query(Long.class).optional();
    }

    /** Which of these documents are published (not withdrawn). */
    public java.util.Set<Long> publishedAmong(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select document_id from public_document where status = 'PUBLISHED'"
                + " and document_id = any(?)").param(documentIds.toArray(Long[]::new)).query(Long.class).list());
    }

    public Optional<PublishedDocument> find(long documentId) {
        // the files first, then the row: a query inside the row mapper held one pooled connection while it waited for
        // another, so as many uncached document pages at once as the pool has connections deadlocked the pool
        // (bench/nodes-bench.sh on random documents, ADR 0054)
        List<AttachmentInfo> files = attachments(documentId);
        return jdbc.sql("select " + COLUMNS + " from public_document where document_id = ?").param(documentId)
                .query((rs, i) -> map(rs, files)).optional();
    }

    /**
     * What {@link #find} gives for each of these documents, in one read of the documents and one of their files
     * (search's rebuild and repair read thousands at a time); documents the public side does not hold are left out.
     */
    public List<PublishedDocument> findAll(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = documentIds.toArray(Long[]::new);
        Map<Long, List<AttachmentInfo>> files = new HashMap<>();
        jdbc.sql("""
                select attachment_id as id, document_id, sha256, file_name, media_type, kind, size_bytes,
                       null::timestamptz as uploaded_at
                  from public_attachment where document_id = any(?) order by document_id, position""").param(ids)
                .query(DocumentStore::attachment).list()
                .forEach(a -> files.computeIfAbsent(a.documentId(), k -> new java.util.ArrayList<>()).add(a));
        return jdbc.sql("select " + COLUMNS + " from public_document where document_id = any(?) order by document_id")
                .param(ids).query((rs, i) -> map(rs, files.getOrDefault(rs.getLong("document_id"), List.of()))).list();
    }

    /** True when the document was public once and has been removed: its address answers 410. */
    public boolean wasRemoved(long documentId) {
        return jdbc.sql("""
                select exists (select 1 from edition e join revision r on r.id = e.revision_id
                               where e.document_id = ? and e.status = 'REMOVED' and r.disclosure = 'PROACTIVE')""")
                .param(documentId).query(Boolean.class).single();
    }

    /** Published (not withdrawn) documents of the organisations, newest first. */
    public Page<PublishedDocument> latest(List<Long> organisationIds, int page, int size) {
        if (organisationIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        return listedPage("organisation_id", organisationIds, ListOrder.NEWEST, page, size);
    }

    /** Every published (not withdrawn) document, without attachments, oldest first. */
    public List<PublishedDocument> allPublished() {
        return jdbc.sql("select " + COLUMNS + " from public_document where status = 'PUBLISHED' order by document_id")
                .query((rs, i) -> map(rs, List.of())).list();
    }

    /** A number that changes whenever anything on the public side changes (a publication, withdrawal, removal). */
    public long changeMark() {
        return jdbc.sql("""
                select count(*) * 1000003 + coalesce(max(edition_id), 0) * 31
                       + coalesce(sum(case when status = 'WITHDRAWN' then edition_id else 0 end), 0)
                  from public_document""").query(Long.class).single();
    }

    /** A file of a public document, or empty when the file is not (or no longer) public. */
    public Optional<AttachmentInfo> attachment(long attachmentId) {
        return jdbc.sql("""
                select attachment_id as id, document_id, sha256, file_name, media_type, kind, size_bytes,
                       null::timestamptz as uploaded_at
                  from public_attachment where attachment_id = ?""").param(attachmentId)
                .query(DocumentStore::attachment).optional();
    }

    /** The bytes of a file of a public document, or empty when the file is not (or no longer) public. */
    public Optional<InputStream> openAttachment(long attachmentId) {
        return attachment(attachmentId).map(a -> {
            try {
                return Files.newInputStream(files.path(a.sha256()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Document id → live edition id of every published (not withdrawn) document: what search and lists show. */
    public Map<Long, Long> liveEditions() {
        Map<Long, Long> editions = new HashMap<>();
        jdbc.sql("select document_id, edition_id from public_document where status = 'PUBLISHED'")
                .query(rs -> {
                    editions.put(rs.getLong(1), rs.getLong(2));
                });
        return editions;
    }

    private List<AttachmentInfo> attachments(long documentId) {
        return jdbc.sql("""
                select attachment_id as id, document_id, sha256, file_name, media_type, kind, size_bytes,
                       null::timestamptz as uploaded_at
                  from public_attachment where document_id = ? order by position""").param(documentId)
                .query(DocumentStore::attachment).list();
    }

    // ---- Portal reads (catalog columns, counts, related documents, sitemap): ordered on public_listing, rows read
    // from public_document (ADR 0055). ----

    /** How a column lists its documents (the order's SQL reads {@code public_listing}). */
    public enum ListOrder {
        NEWEST("day desc, published_at desc, document_id desc"),
        OLDEST("day, published_at, document_id"),
        TITLE("title, document_id");

        private final String sql;

        ListOrder(String sql) {
            this.sql = sql;
        }
    }

    /** A public document's address data, for the sitemap. */
    public record Listed(long documentId, long organisationId, Instant publishedAt) {
    }

    /** Published (not withdrawn) documents filed under any of the catalog nodes, a page at a time. */
    public Page<PublishedDocument> inColumns(List<Long> catalogNodeIds, int page, int size, ListOrder order) {
        if (catalogNodeIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        return listedPage("catalog_node_id", catalogNodeIds, order, page, size);
    }

    /** A page of the listing's documents whose {@code column} is any of the keys, in the order asked for. */
    private Page<PublishedDocument> listedPage(String column, List<Long> keys, ListOrder order, int page, int size) {
        Long[] ids = keys.toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from public_listing where " + column + " = any(?)").param(ids)
                .query(Long.class).single();
        List<Long> listed = jdbc.sql("select document_id from public_listing where " + column + " = any(?)"
                        + " order by " + order.sql + " limit ? offset ?")
                .params(ids, size, Page.offset(page, size)).query(Long.class).list();
        return new Page<>(inOrder(listed), page, size, total);
    }

    /** Published (not withdrawn) documents per catalog node of the organisation; nodes without any are absent. */
    public Map<Long, Long> countsByColumn(long organisationId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select catalog_node_id, count(*) as n from public_listing"
                        + " where organisation_id = ? and catalog_node_id is not null group by catalog_node_id")
                .param(organisationId)
                .query(rs -> {
                    counts.put(rs.getLong("catalog_node_id"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * Published documents of the same organisation related to one: those sharing most keywords with it first, then
     * others of its catalog node, newest first; never the document itself, never another organisation's (a shared
     * keyword such as 年度报告 must not send a county's readers to another county's report). Candidates are the
     * {@value #RELATED_CANDIDATES} newest per keyword and of the column, so the page's cost does not grow with the
     * organisation's documents; an old document sharing several keywords may give way to newer ones.
     */
    public List<PublishedDocument> related(PublishedDocument doc, int limit) {
        String[] words = doc.keywords() == null ? new String[0]
                : java.util.Arrays.stream(doc.keywords().split("[\\s,，;；、]+")).filter(w -> !w.isBlank())
                .distinct().toArray(String[]::new);
        List<Long> ranked = jdbc.sql("""
                with candidate as (
                    select k.document_id, k.day, k.published_at, 1 as shared
                      from unnest(?::text[]) as w(word)
                      cross join lateral (select document_id, day, published_at from public_listing_keyword
                                           where organisation_id = ? and keyword = w.word
                                           order by day desc, published_at desc, document_id desc limit ?) k
                    union all
                    select document_id, day, published_at, 0 from (
                        select document_id, day, published_at from public_listing where catalog_node_id = ?
                         order by day desc, published_at desc, document_id desc limit ?) c
                )
                select document_id from candidate where document_id <> ?
                 group by document_id, day, published_at
                 order by sum(shared) desc, day desc, published_at desc, document_id desc
                 limit ?""")
                .params(words, doc.organisationId(), RELATED_CANDIDATES, doc.catalogNodeId(), RELATED_CANDIDATES,
                        doc.documentId(), limit)
                .query(Long.class).list();
        return inOrder(ranked);
    }

    /** The published rows of these documents, in the order given (read in one query). */
    private List<PublishedDocument> inOrder(List<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        Map<Long, PublishedDocument> rows = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from public_document where status = 'PUBLISHED' and document_id = any(?)")
                .param(documentIds.toArray(Long[]::new))
                .query((rs, i) -> map(rs, List.of())).list()
                .forEach(d -> rows.put(d.documentId(), d));
        return documentIds.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every published (not withdrawn) document's address data, newest first, at most {@code limit}. */
    public List<Listed> allListed(int limit) {
        return jdbc.sql("select document_id, organisation_id, published_at from public_document"
                        + " where status = 'PUBLISHED' order by published_at desc, document_id desc limit ?")
                .param(limit)
                .query((rs, i) -> new Listed(rs.getLong("document_id"), rs.getLong("organisation_id"),
                        DocumentStore.instant(rs, "published_at"))).list();
    }

    private static PublishedDocument map(ResultSet rs, List<AttachmentInfo> attachments) throws SQLException {
        return new PublishedDocument(rs.getLong("document_id"), rs.getLong("organisation_id"),
                rs.getString("index_number"), rs.getLong("edition_id"), rs.getInt("edition_number"),
                "WITHDRAWN".equals(rs.getString("status")), rs.getString("public_note"),
                DocumentStore.instant(rs, "published_at"), DocumentStore.content(rs, DocumentFields.published()),
                rs.getString("body_text"), attachments);
    }
}
