package org.gongkai.services;

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

/** The SQL of the normative-document clean-ups and their items. */
@Repository
class CleanUpStore {

    private static final String CLEANUP = "c.id, c.organisation_id, c.title, c.basis, c.decided_on, c.applied_at, "
            + "c.published_at, c.updated_at";

    private final JdbcClient jdbc;

    CleanUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, String title, String basis, LocalDate decidedOn, long userId) {
        return jdbc.sql("""
                        insert into svc_cleanup (organisation_id, title, basis, decided_on, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(organisationId, title, basis, decidedOn, userId).query(Long.class).single();
    }

    Optional<CleanUp> find(long id) {
        return jdbc.sql("select " + CLEANUP + " from svc_cleanup c where c.id = ?").param(id)
                .query(CleanUpStore::cleanUp).optional();
    }

    Optional<CleanUp> lock(long id) {
        return jdbc.sql("select " + CLEANUP + " from svc_cleanup c where c.id = ? for update").param(id)
                .query(CleanUpStore::cleanUp).optional();
    }

    Optional<CleanUp> findPublic(long id) {
        return jdbc.sql("select " + CLEANUP + " from svc_public_cleanup c where c.id = ?").param(id)
                .query(CleanUpStore::cleanUp).optional();
    }

    Page<CleanUp> list(List<Long> organisationIds, int page, int size, boolean publicOnly) {
        return list(organisationIds, null, page, size, publicOnly);
    }

    /** Newest decision first; {@code year} (of the decision) when given. */
    Page<CleanUp> list(List<Long> organisationIds, Integer year, int page, int size, boolean publicOnly) {
        if (organisationIds.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String table = publicOnly ? "svc_public_cleanup" : "svc_cleanup";
        String where = " c where c.organisation_id in (:ids)"
                + (year == null ? "" : " and c.decided_on >= make_date(:year, 1, 1) and c.decided_on < make_date(:year + 1, 1, 1)");
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from " + table + where).param("ids", organisationIds);
        JdbcClient.StatementSpec rows = jdbc.sql("select " + CLEANUP + " from " + table + where
                        + " order by c.decided_on desc, c.id desc limit :size offset :offset")
                .param("ids", organisationIds).param("size", size).param("offset", Page.offset(page, size));
        if (year != null) {
            count = count.param("year", year);
            rows = rows.param("year", year);
        }
        return new Page<>(rows.query(CleanUpStore::cleanUp).list(), page, size, count.query(Long.class).single());
    }

    boolean anyPublic(long organisationId) {
        return jdbc.sql("select exists (select 1 from svc_public_cleanup where organisation_id = ?)")
                .param(organisationId).query(Boolean.class).single();
    }

    List<CleanUp> newestPublic(int max) {
        return jdbc.sql("select " + CLEANUP + " from svc_public_cleanup c order by c.updated_at desc limit ?")
                .param(max).query(CleanUpStore::cleanUp).list();
    }

    boolean hasItem(long cleanUpId, long documentId) {
        return jdbc.sql("select exists (select 1 from svc_cleanup_item where cleanup_id = ? and document_id = ?)")
                .params(cleanUpId, documentId).query(Boolean.class).single();
    }

    long addItem(long cleanUpId, long documentId, CleanUp.Decision decision, Long replacedBy, String reason) {
        return jdbc.sql("""
                        insert into svc_cleanup_item (cleanup_id, document_id, decision, replaced_by, reason)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(cleanUpId, documentId, decision.name(), replacedBy, reason).query(Long.class).single();
    }

    boolean removeItem(long cleanUpId, long itemId) {
        return jdbc.sql("delete from svc_cleanup_item where id = ? and cleanup_id = ?").params(itemId, cleanUpId)
                .update() == 1;
    }

    List<CleanUp.Item> items(long cleanUpId, boolean publicOnly) {
        return jdbc.sql("select id, cleanup_id, document_id, decision, replaced_by, reason, "
                        + (publicOnly ? "null::boolean as edition_started from svc_public_cleanup_item"
                        : "edition_started from svc_cleanup_item") + " where cleanup_id = ? order by id")
                .param(cleanUpId)
                .query((rs, n) -> new CleanUp.Item(rs.getLong("id"), rs.getLong("cleanup_id"), rs.getLong("document_id"),
                        CleanUp.Decision.valueOf(rs.getString("decision")), (Long) rs.getObject("replaced_by"),
                        rs.getString("reason"), (Boolean) rs.getObject("edition_started")))
                .list();
    }

    void markItem(long itemId, boolean editionStarted) {
        jdbc.sql("update svc_cleanup_item set edition_started = ? where id = ?").params(editionStarted, itemId).update();
    }

    void applied(long id, long userId) {
        jdbc.sql("update svc_cleanup set applied_at = now(), applied_by = ?, updated_at = now() where id = ?")
                .params(userId, id).update();
    }

    void publish(long id, long userId) {
        jdbc.sql("update svc_cleanup set published_at = now(), published_by = ?, updated_at = now() where id = ?")
                .params(userId, id).update();
    }

    void touch(long id) {
        jdbc.sql("update svc_cleanup set updated_at = now() where id = ?").param(id).update();
    }

    private static CleanUp cleanUp(ResultSet rs, int n) throws SQLException {
        return new CleanUp(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"), rs.getString("basis"),
                rs.getObject("decided_on", LocalDate.class), instant(rs.getTimestamp("applied_at")),
                instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
