package org.gongkai.syndication;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL for subscriptions, queued items and the re-post limit (V76). Reads no document table. */
@Repository
class SyndicationStore {

    record Subscription(long id, long organisationId, long sourceOrganisationId, long createdBy, Instant createdAt) {
    }

    /** What the queue holds of a source document's live edition. */
    record Source(long documentId, long organisationId, long editionId, String title, String documentNumber,
                  String issuer, LocalDate date, Instant publishedAt, String fingerprint,
                  org.gongkai.document.DocumentKind kind) {
    }

    /** A source document on the board, with how many subscribers have published a re-post of it. */
    record BoardDocument(long sourceDocumentId, String title, String documentNumber, Instant publishedAt,
                         long subscribers, long reposted) {
    }

    private static final String SELECT = """
            select id, organisation_id, source_document_id, source_organisation_id, source_edition_id, title,
                   document_number, issuer, source_date, source_published_at, fingerprint, status, dismiss_reason,
                   repost_document_id, reposted_at, decided_by, decided_at, source_change, source_changed_at, queued_at,
                   source_kind, updated_from_source_at
              from repost_item""";

    private final JdbcClient jdbc;

    SyndicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- subscriptions ----

    List<Subscription> subscriptionsOf(long organisationId) {
        return jdbc.sql("""
                        select id, organisation_id, source_organisation_id, created_by, created_at
                          from syndication_subscription where organisation_id = ? order by id""")
                .param(organisationId).query(SyndicationStore::subscription).list();
    }

    List<Long> subscribersOf(long sourceOrganisationId) {
        return jdbc.sql("select organisation_id from syndication_subscription where source_organisation_id = ? order by organisation_id")
                .param(sourceOrganisationId).query(Long.class).list();
    }

    /** True when the subscription is new. */
    boolean subscribe(long organisationId, long sourceOrganisationId, long userId) {
        return jdbc.sql("""
                        insert into syndication_subscription (organisation_id, source_organisation_id, created_by)
                        values (?, ?, ?) on conflict do nothing""")
                .params(organisationId, sourceOrganisationId, userId).update() == 1;
    }

    boolean unsubscribe(long organisationId, long sourceOrganisationId) {
        return jdbc.sql("delete from syndication_subscription where organisation_id = ? and source_organisation_id = ?")
                .params(organisationId, sourceOrganisationId).update() == 1;
    }

    // ---- the queue ----

    /** The subscriber's item of the source document, if queued. */
    Optional<Long> itemId(long organisationId, long sourceDocumentId) {
        return jdbc.sql("select id from repost_item where organisation_id = ? and source_document_id = ?")
                .params(organisationId, sourceDocumentId).query(Long.class).optional();
    }

    /** Queues the source for the subscriber unless it is queued already; true when it was new. */
    boolean queue(long organisationId, Source s) {
        return jdbc.sql("""
                        insert into repost_item (organisation_id, source_document_id, source_organisation_id,
                            source_edition_id, title, document_number, issuer, source_date, source_published_at, fingerprint,
                            source_kind)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(organisationId, s.documentId(), s.organisationId(), s.editionId(), s.title(),
                        s.documentNumber(), s.issuer(), s.date(), Timestamp.from(s.publishedAt()), s.fingerprint(),
                        s.kind() == null ? null : s.kind().name())
                .update() == 1;
    }

    Optional<RepostItem> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(SyndicationStore::item).optional();
    }

    Optional<RepostItem> byRepost(long repostDocumentId) {
        return jdbc.sql(SELECT + " where repost_document_id = ?").param(repostDocumentId)
                .query(SyndicationStore::item).optional();
    }

    List<RepostItem> bySource(long sourceDocumentId) {
        return jdbc.sql(SELECT + " where source_document_id = ? order by organisation_id").param(sourceDocumentId)
                .query(SyndicationStore::item).list();
    }

    boolean isRepost(long documentId) {
        return jdbc.sql("select exists (select 1 from repost_item where repost_document_id = ?)").param(documentId)
                .query(Boolean.class).single();
    }

    /** The organisation's items, newest first (or oldest), of one status or all; {@code flagged}: only flagged ones. */
    Page<RepostItem> list(long organisationId, RepostStatus status, boolean flagged, boolean oldest, int page, int size) {
        String where = " where organisation_id = ?" + (status == null ? "" : " and status = '" + status.name() + "'")
                + (flagged ? " and source_change is not null" : "");
        long total = jdbc.sql("select count(*) from repost_item" + where).param(organisationId).query(Long.class).single();
        List<RepostItem> items = jdbc.sql(SELECT + where + " order by queued_at " + (oldest ? "asc" : "desc")
                        + ", id " + (oldest ? "asc" : "desc") + " limit ? offset ?")
                .params(organisationId, size, Page.offset(page, size)).query(SyndicationStore::item).list();
        return new Page<>(items, page, size, total);
    }

    long countQueued(long organisationId) {
        return jdbc.sql("select count(*) from repost_item where organisation_id = ? and status = 'QUEUED'")
                .param(organisationId).query(Long.class).single();
    }

    /** A queued item takes the source's current edition (the subscriber re-posts what is live now). */
    void refresh(long id, Source s) {
        jdbc.sql("""
                        update repost_item set source_edition_id = ?, title = ?, document_number = ?, issuer = ?,
                            source_date = ?, fingerprint = ? where id = ? and status = 'QUEUED'""")
                .params(s.editionId(), s.title(), s.documentNumber(), s.issuer(), s.date(), s.fingerprint(), id).update();
    }

    /**
     * A published re-post is being updated from the amended source: the item takes the source's live edition and
     * records when; the AMENDED flag stays until the re-post's new edition is published ({@link #updatePublished}).
     */
    void rebase(long id, Source s) {
        jdbc.sql("""
                        update repost_item set source_edition_id = ?, title = ?, document_number = ?, issuer = ?,
                            source_date = ?, fingerprint = ?, updated_from_source_at = now()
                         where id = ? and status = 'REPOSTED'""")
                .params(s.editionId(), s.title(), s.documentNumber(), s.issuer(), s.date(), s.fingerprint(), id).update();
    }

    /** The re-post's updated edition went out: the item is no longer flagged as amended. */
    boolean updatePublished(long repostDocumentId) {
        return jdbc.sql("""
                        update repost_item set source_change = null, source_changed_at = null
                         where repost_document_id = ? and source_change = 'AMENDED'
                           and updated_from_source_at >= source_changed_at""")
                .param(repostDocumentId).update() == 1;
    }

    boolean markReposted(long id, long repostDocumentId, long userId) {
        return jdbc.sql("""
                        update repost_item set status = 'REPOSTED', repost_document_id = ?, decided_by = ?,
                            decided_at = now(), source_change = null, source_changed_at = null
                         where id = ? and status = 'QUEUED'""")
                .params(repostDocumentId, userId, id).update() == 1;
    }

    boolean markDismissed(long id, String reason, long userId) {
        return jdbc.sql("""
                        update repost_item set status = 'DISMISSED', dismiss_reason = ?, decided_by = ?, decided_at = now()
                         where id = ? and status = 'QUEUED'""")
                .params(reason, userId, id).update() == 1;
    }

    /** The re-post went out: its first publication is when the board's delay stops. */
    void repostPublished(long repostDocumentId, Instant at) {
        jdbc.sql("update repost_item set reposted_at = ? where repost_document_id = ? and reposted_at is null")
                .params(Timestamp.from(at), repostDocumentId).update();
    }

    /** Flags an item with what happened to its source; true when that is news. */
    boolean flag(long id, SourceChange change) {
        return jdbc.sql("""
                        update repost_item set source_change = ?, source_changed_at = now()
                         where id = ? and source_change is distinct from ?""")
                .params(change.name(), id, change.name()).update() == 1;
    }

    /** The source is as it was when queued or re-posted again (re-published after a withdrawal). */
    boolean unflag(long id) {
        return jdbc.sql("update repost_item set source_change = null, source_changed_at = null where id = ? and source_change is not null")
                .param(id).update() == 1;
    }

    // ---- the board ----

    Page<BoardDocument> boardDocuments(long sourceOrganisationId, int page, int size) {
        long total = jdbc.sql("select count(distinct source_document_id) from repost_item where source_organisation_id = ?")
                .param(sourceOrganisationId).query(Long.class).single();
        List<BoardDocument> docs = jdbc.sql("""
                        select source_document_id, min(title) as title, min(document_number) as document_number,
                               min(source_published_at) as published_at, count(*) as subscribers,
                               count(*) filter (where reposted_at is not null) as reposted
                          from repost_item where source_organisation_id = ?
                         group by source_document_id order by published_at desc, source_document_id desc
                         limit ? offset ?""")
                .params(sourceOrganisationId, size, Page.offset(page, size))
                .query((rs, i) -> new BoardDocument(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getLong(6))).list();
        return new Page<>(docs, page, size, total);
    }

    /** Every item of the source organisation's documents published since {@code since}, oldest first. */
    List<RepostItem> itemsOfSource(long sourceOrganisationId, Instant since) {
        return jdbc.sql(SELECT + " where source_organisation_id = ? and source_published_at >= ? order by source_published_at, id")
                .params(sourceOrganisationId, Timestamp.from(since)).query(SyndicationStore::item).list();
    }

    Optional<Integer> limit(long organisationId) {
        return jdbc.sql("select working_days from repost_limit where organisation_id = ?").param(organisationId)
                .query(Integer.class).optional();
    }

    void setLimit(long organisationId, int workingDays, long userId) {
        jdbc.sql("""
                        insert into repost_limit (organisation_id, working_days, updated_by) values (?, ?, ?)
                        on conflict (organisation_id) do update set working_days = excluded.working_days,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(organisationId, workingDays, userId).update();
    }

    /** The limits the organisation set per kind of its documents. */
    java.util.Map<org.gongkai.document.DocumentKind, Integer> kindLimits(long organisationId) {
        java.util.Map<org.gongkai.document.DocumentKind, Integer> out = new java.util.EnumMap<>(org.gongkai.document.DocumentKind.class);
        jdbc.sql("select document_kind, working_days from repost_kind_limit where organisation_id = ?")
                .param(organisationId).query((rs, i) -> out.put(org.gongkai.document.DocumentKind.valueOf(rs.getString(1)),
                        rs.getInt(2))).list();
        return out;
    }

    void setKindLimit(long organisationId, org.gongkai.document.DocumentKind kind, Integer workingDays, long userId) {
        if (workingDays == null) {
            jdbc.sql("delete from repost_kind_limit where organisation_id = ? and document_kind = ?")
                    .params(organisationId, kind.name()).update();
            return;
        }
        jdbc.sql("""
                        insert into repost_kind_limit (organisation_id, document_kind, working_days, updated_by)
                        values (?, ?, ?, ?)
                        on conflict (organisation_id, document_kind) do update set working_days = excluded.working_days,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(organisationId, kind.name(), workingDays, userId).update();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5).toInstant());
    }

    static RepostItem item(ResultSet rs, int row) throws SQLException {
        String change = rs.getString("source_change");
        return new RepostItem(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("source_document_id"),
                rs.getLong("source_organisation_id"), rs.getLong("source_edition_id"), rs.getString("title"),
                rs.getString("document_number"), rs.getString("issuer"), rs.getObject("source_date", LocalDate.class),
                rs.getTimestamp("source_published_at").toInstant(), rs.getString("fingerprint"),
                RepostStatus.valueOf(rs.getString("status")), rs.getString("dismiss_reason"),
                (Long) rs.getObject("repost_document_id"), instant(rs, "reposted_at"), (Long) rs.getObject("decided_by"),
                instant(rs, "decided_at"), change == null ? null : SourceChange.valueOf(change),
                instant(rs, "source_changed_at"), rs.getTimestamp("queued_at").toInstant(),
                rs.getString("source_kind") == null ? null
                        : org.gongkai.document.DocumentKind.valueOf(rs.getString("source_kind")),
                instant(rs, "updated_from_source_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
