package org.gongkai.syndication;

import org.gongkai.platform.web.Page;
import org.gongkai.transparency.RemoteEditionCheck;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SQL for remote sources, their verified items and the poll trail (V130). */
@Repository
class RemoteStore {

    private static final String SOURCE = """
            select id, organisation_id, base_url, source_slug, key_id, label, status, proposed_by, proposed_at,
                   decided_by, decided_at, decision_note, last_polled_at, kind, source_url from remote_source""";
    private static final String ITEM = """
            select id, source_id, organisation_id, remote_document_id, remote_edition_id, canonical_json, content_hash,
                   leaf_index, leaf_hash, tree_size, root_hash, audit_path, head_signed_at, source_published_at, title,
                   document_number, issuer, source_date, status, dismiss_reason, repost_document_id, decided_by,
                   decided_at, source_change, source_changed_at, queued_at, entry_key, original_url, body_html
              from remote_item""";

    private final JdbcClient jdbc;

    RemoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- sources ----

    /** The new source's id, or empty when the organisation already proposed the same one. */
    Optional<Long> propose(long organisationId, String baseUrl, String slug, String keyId, String label, long userId) {
        return jdbc.sql("""
                        insert into remote_source (organisation_id, base_url, source_slug, key_id, label, proposed_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(organisationId, baseUrl, slug, keyId, label, userId).query(Long.class).optional();
    }

    /** An outside feed or page; empty when the organisation already proposed the same address. */
    Optional<Long> proposeOutside(long organisationId, RemoteSource.Kind kind, String baseUrl, String sourceUrl,
                                  String label, long userId) {
        return jdbc.sql("""
                        insert into remote_source (organisation_id, kind, base_url, source_url, label, proposed_by)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing returning id""")
                .params(organisationId, kind.name(), baseUrl, sourceUrl, label, userId).query(Long.class).optional();
    }

    boolean decide(long id, boolean approve, String note, long userId) {
        return jdbc.sql("""
                        update remote_source set status = ?, decision_note = ?, decided_by = ?, decided_at = now()
                         where id = ? and status = 'PROPOSED'""")
                .params(approve ? "APPROVED" : "REJECTED", note, userId, id).update() == 1;
    }

    void polled(long id) {
        jdbc.sql("update remote_source set last_polled_at = now() where id = ?").param(id).update();
    }

    Optional<RemoteSource> source(long id) {
        return jdbc.sql(SOURCE + " where id = ?").param(id).query(RemoteStore::source).optional();
    }

    List<RemoteSource> sourcesOf(long organisationId) {
        return jdbc.sql(SOURCE + " where organisation_id = ? order by id").param(organisationId)
                .query(RemoteStore::source).list();
    }

    List<RemoteSource> byStatus(RemoteSource.Status status) {
        return jdbc.sql(SOURCE + " where status = ? order by id").param(status.name()).query(RemoteStore::source).list();
    }

    // ---- items ----

    boolean known(long sourceId, long remoteDocumentId) {
        return jdbc.sql("select count(*) from remote_item where source_id = ? and remote_document_id = ?")
                .params(sourceId, remoteDocumentId).query(Long.class).single() > 0;
    }

    long queue(RemoteSource s, RemoteEditionCheck.Verified v, LocalDate sourceDate) {
        return jdbc.sql("""
                        insert into remote_item (source_id, organisation_id, remote_document_id, remote_edition_id,
                               canonical_json, content_hash, leaf_index, leaf_hash, tree_size, root_hash, audit_path,
                               head_signed_at, source_published_at, title, document_number, issuer, source_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.id(), s.organisationId(), v.documentId(), v.editionId(), v.canonicalJson(), v.contentHash(),
                        v.leafIndex(), v.leafHash(), v.treeSize(), v.rootHash(), String.join(",", v.auditPath()),
                        Timestamp.from(v.headSignedAt()), Timestamp.from(v.loggedAt()), v.title(),
                        v.documentNumber(), v.issuer() == null ? "" : v.issuer(), sourceDate)
                .query(Long.class).single();
    }

    Optional<RemoteItem> entry(long sourceId, String entryKey) {
        return jdbc.sql(ITEM + " where source_id = ? and entry_key = ?").params(sourceId, entryKey)
                .query(RemoteStore::item).optional();
    }

    /** An outside entry, cleaned; answers its id. */
    long queueOutside(RemoteSource s, OutsideEntry e) {
        return jdbc.sql("""
                        insert into remote_item (source_id, organisation_id, entry_key, original_url, body_html,
                               content_hash, source_published_at, title, document_number, issuer, source_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.id(), s.organisationId(), e.key(), e.url(), e.bodyHtml(), e.fingerprint(),
                        Timestamp.from(e.publishedAt()), e.title(), e.documentNumber(), e.issuer(), e.date())
                .query(Long.class).single();
    }

    /** Items of the source still to watch for changes: not dismissed, not yet flagged withdrawn or removed. */
    List<RemoteItem> watched(long sourceId, int max) {
        return jdbc.sql(ITEM + " " + """
                         where source_id = ? and status <> 'DISMISSED'
                           and (source_change is null or source_change not in ('WITHDRAWN', 'REMOVED'))
                         order by id desc limit ?""")
                .params(sourceId, max).query(RemoteStore::item).list();
    }

    /** True when the flag changed. */
    boolean flag(long id, SourceChange change) {
        return jdbc.sql("""
                        update remote_item set source_change = ?, source_changed_at = now()
                         where id = ? and source_change is distinct from ?""")
                .params(change.name(), id, change.name()).update() == 1;
    }

    /**
     * A published re-post is being updated from the source's amended edition: the item takes the newly verified
     * evidence (the amended edition's canonical form, hash, leaf and proof) and records when; the AMENDED flag stays
     * until the re-post's new edition is published ({@link #updatePublished}).
     */
    void rebase(long id, RemoteEditionCheck.Verified v) {
        jdbc.sql("""
                        update remote_item set remote_edition_id = ?, canonical_json = ?, content_hash = ?,
                            leaf_index = ?, leaf_hash = ?, tree_size = ?, root_hash = ?, audit_path = ?,
                            head_signed_at = ?, title = ?, document_number = ?, issuer = ?,
                            updated_from_source_at = now()
                         where id = ? and status = 'REPOSTED' and canonical_json is not null""")
                .params(v.editionId(), v.canonicalJson(), v.contentHash(), v.leafIndex(), v.leafHash(), v.treeSize(),
                        v.rootHash(), String.join(",", v.auditPath()), Timestamp.from(v.headSignedAt()), v.title(),
                        v.documentNumber(), v.issuer() == null ? "" : v.issuer(), id).update();
    }

    /** The re-post's updated edition went out: the item is no longer flagged as amended. */
    boolean updatePublished(long repostDocumentId) {
        return jdbc.sql("""
                        update remote_item set source_change = null, source_changed_at = null
                         where repost_document_id = ? and source_change = 'AMENDED'
                           and updated_from_source_at >= source_changed_at""")
                .param(repostDocumentId).update() == 1;
    }

    Optional<RemoteItem> item(long id) {
        return jdbc.sql(ITEM + " where id = ?").param(id).query(RemoteStore::item).optional();
    }

    Optional<RemoteItem> byRepost(long documentId) {
        return jdbc.sql(ITEM + " where repost_document_id = ?").param(documentId).query(RemoteStore::item).optional();
    }

    Page<RemoteItem> list(long organisationId, int page, int size) {
        long total = jdbc.sql("select count(*) from remote_item where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
        List<RemoteItem> items = jdbc.sql(ITEM + " where organisation_id = ? order by queued_at desc, id desc limit ? offset ?")
                .params(organisationId, size, Page.offset(page, size)).query(RemoteStore::item).list();
        return new Page<>(items, page, size, total);
    }

    boolean markReposted(long id, long documentId, long userId) {
        return jdbc.sql("""
                        update remote_item set status = 'REPOSTED', repost_document_id = ?, decided_by = ?,
                               decided_at = now() where id = ? and status = 'QUEUED'""")
                .params(documentId, userId, id).update() == 1;
    }

    boolean markDismissed(long id, String reason, long userId) {
        return jdbc.sql("""
                        update remote_item set status = 'DISMISSED', dismiss_reason = ?, decided_by = ?,
                               decided_at = now() where id = ? and status = 'QUEUED'""")
                .params(reason, userId, id).update() == 1;
    }

    // ---- the trail ----

    void record(long sourceId, Long remoteDocumentId, RemoteFetch.Outcome outcome, String reason, String detail) {
        String d = detail == null || detail.isBlank() ? reason : detail.strip();
        jdbc.sql("insert into remote_fetch (source_id, remote_document_id, outcome, reason, detail) values (?, ?, ?, ?, ?)")
                .params(sourceId, remoteDocumentId, outcome.name(), reason, d.length() > 500 ? d.substring(0, 500) : d)
                .update();
    }

    List<RemoteFetch> trail(long sourceId, int max) {
        return jdbc.sql("""
                        select id, source_id, at, remote_document_id, outcome, reason, detail from remote_fetch
                         where source_id = ? order by at desc, id desc limit ?""")
                .params(sourceId, max)
                .query((rs, i) -> new RemoteFetch(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        (Long) rs.getObject(4), RemoteFetch.Outcome.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7))).list();
    }

    private static RemoteSource source(ResultSet rs, int row) throws SQLException {
        return new RemoteSource(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("base_url"),
                rs.getString("source_slug"), rs.getString("key_id"), rs.getString("label"),
                RemoteSource.Status.valueOf(rs.getString("status")), rs.getLong("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(), (Long) rs.getObject("decided_by"),
                instant(rs, "decided_at"), rs.getString("decision_note"), instant(rs, "last_polled_at"),
                RemoteSource.Kind.valueOf(rs.getString("kind")), rs.getString("source_url"));
    }

    private static RemoteItem item(ResultSet rs, int row) throws SQLException {
        String change = rs.getString("source_change");
        String path = rs.getString("audit_path");
        return new RemoteItem(rs.getLong("id"), rs.getLong("source_id"), rs.getLong("organisation_id"),
                (Long) rs.getObject("remote_document_id"), (Long) rs.getObject("remote_edition_id"),
                rs.getString("canonical_json"), rs.getString("content_hash"), (Long) rs.getObject("leaf_index"),
                rs.getString("leaf_hash"), (Long) rs.getObject("tree_size"), rs.getString("root_hash"),
                path == null || path.isEmpty() ? List.of() : Arrays.asList(path.split(",")),
                instant(rs, "head_signed_at"),
                rs.getTimestamp("source_published_at").toInstant(), rs.getString("title"),
                rs.getString("document_number"), rs.getString("issuer"), rs.getObject("source_date", LocalDate.class),
                RepostStatus.valueOf(rs.getString("status")), rs.getString("dismiss_reason"),
                (Long) rs.getObject("repost_document_id"), (Long) rs.getObject("decided_by"),
                instant(rs, "decided_at"), change == null ? null : SourceChange.valueOf(change),
                instant(rs, "source_changed_at"), rs.getTimestamp("queued_at").toInstant(), rs.getString("entry_key"),
                rs.getString("original_url"), rs.getString("body_html"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
