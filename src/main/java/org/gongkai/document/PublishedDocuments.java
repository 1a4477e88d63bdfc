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
        String in = String.join(",", organisationIds.stream().map(String::valueOf).toList());
        long total = jdbc.sql("select count(*) from public_document where status = 'PUBLISHED' and organisation_id in (" + in + ")")
                .query(Long.class).single();
        List<PublishedDocument> items = jdbc.sql("select " + COLUMNS + " from public_document where status = 'PUBLISHED'"
                        + " and organisation_id in (" + in + ") order by coalesce(publish_date, (published_at at time zone 'Asia/Shanghai')::date) desc,"
                        + " published_at desc limit ? offset ?")
                .params(size, Page.offset(page, size))
                .query((rs, i) -> map(rs, List.of())).list();
        return new Page<>(items, page, size, total);
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

    // ---- Portal reads (catalog columns, counts, related documents, sitemap): all on public_document only. ----

    /** How a column lists its documents. */
    public enum ListOrder { NEWEST, OLDEST, TITLE }

    /** A public document's address data, for the sitemap. */
    public record Listed(long documentId, long organisationId, Instant publishedAt) {
    }

    /** Published (not withdrawn) documents filed under any of the catalog nodes, a page at a time. */
    public Page<PublishedDocument> inColumns(List<Long> catalogNodeIds, int page, int size, ListOrder order) {
        if (catalogNodeIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        Long[] ids = catalogNodeIds.toArray(Long[]::new);
        long total = jdbc.sql("select count(*) from public_document where status = 'PUBLISHED'"
                        + " and catalog_node_id = any(?)").param(ids).query(Long.class).single();
        String orderBy = switch (order) {
            case NEWEST -> "coalesce(publish_date, (published_at at time zone 'Asia/Shanghai')::date) desc, published_at desc, document_id desc";
            case OLDEST -> "coalesce(publish_date, (published_at at time zone 'Asia/Shanghai')::date), published_at, document_id";
            case TITLE -> "title, document_id";
        };
        List<PublishedDocument> items = jdbc.sql("select " + COLUMNS + " from public_document where status = 'PUBLISHED'"
                        + " and catalog_node_id = any(?) order by " + orderBy + " limit ? offset ?")
                .params(ids, size, Page.offset(page, size))
                .query((rs, i) -> map(rs, List.of())).list();
        return new Page<>(items, page, size, total);
    }

    /** Published (not withdrawn) documents per catalog node of the organisation; nodes without any are absent. */
    public Map<Long, Long> countsByColumn(long organisationId) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select catalog_node_id, count(*) as n from public_document where status = 'PUBLISHED'"
                        + " and organisation_id = ? and catalog_node_id is not null group by catalog_node_id")
                .param(organisationId)
                .query(rs -> {
                    counts.put(rs.getLong("catalog_node_id"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * Published documents of the same organisation related to one: those sharing most keywords with it first, then
     * others of its catalog node, newest first; never the document itself, never another organisation's (a shared
     * keyword such as 年度报告 must not send a county's readers to another county's report).
     */
    public List<PublishedDocument> related(PublishedDocument doc, int limit) {
        String[] words = doc.keywords() == null ? new String[0]
                : java.util.Arrays.stream(doc.keywords().split("[\\s,，;；、]+")).filter(w -> !w.isBlank())
                .distinct().toArray(String[]::new);
        return jdbc.sql("select " + COLUMNS + """
                         , (select count(*) from unnest(regexp_split_to_array(coalesce(keywords, ''), '[\\s,，;；、]+')) k
                            where k <> '' and k = any(?::text[])) as shared
                          from public_document
                         where status = 'PUBLISHED' and document_id <> ? and organisation_id = ?
                           and (catalog_node_id = ? or regexp_split_to_array(coalesce(keywords, ''), '[\\s,，;；、]+') && ?::text[])
                         order by shared desc, coalesce(publish_date, (published_at at time zone 'Asia/Shanghai')::date) desc, document_id desc
                         limit ?""")
                .params(words, doc.documentId(), doc.organisationId(), doc.catalogNodeId(), words, limit)
                .query((rs, i) -> map(rs, List.of())).list();
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
