package org.gongkai.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** SQL of the audit log. There is deliberately no update or delete here; the table's trigger refuses both. */
@Repository
class AuditEntries {

    /** Key of the transaction-scoped advisory lock that keeps appends in one chain ("audit" in ASCII). */
    private static final long APPEND_LOCK = 0x6175646974L;

    private static final String COLUMNS = """
            id, occurred_at, actor_id, actor_name, organisation_id, action, target_type, target_id, ip_address,
            before::text, after::text, prev_hash, hash, hash_format""";

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for earlier appends to commit; held until this transaction ends. */
    void lockForAppend() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(rs -> { });
    }

    String lastHash() {
        return jdbc.sql("select hash from audit_entry order by id desc limit 1").query(String.class).optional()
                .orElse(EntryHash.GENESIS);
    }

    long insert(EntryHash.Content c, String hash, int format) {
        return jdbc.sql("""
                insert into audit_entry (occurred_at, actor_id, actor_name, organisation_id, action, target_type,
                    target_id, ip_address, before, after, prev_hash, hash, hash_format)
                values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?) returning id""")
                .params(OffsetDateTime.ofInstant(c.occurredAt(), ZoneOffset.UTC), c.actorId(), c.actorName(),
                        c.organisationId(), c.action(), c.targetType(), c.targetId(), c.ipAddress(), c.before(),
                        c.after(), c.prevHash(), hash, format)
                .query(Long.class).single();
    }

    /** The next entries of the chain after {@code afterId}, in id order. */
    List<AuditEntry> batchAfter(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
                .params(afterId, limit).query(AuditEntries::map).list();
    }

    long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    Optional<AuditEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where id = ?").param(id)
                .query(AuditEntries::map).optional();
    }

    /** Newest first. */
    List<AuditEntry> search(AuditQuery q, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from audit_entry where " + where
                        + " order by id desc offset :offset limit :limit")
                .params(params).query(AuditEntries::map).list();
    }

    long countMatching(AuditQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(q, params);
        return jdbc.sql("select count(*) from audit_entry where " + where).params(params).query(Long.class).single();
    }

    private static String where(AuditQuery q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(
                "(organisation_id = any(cast(:orgs as bigint[])) or (:system and organisation_id is null))");
        params.put("orgs", q.organisationIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        params.put("system", q.system());
        if (q.actorName() != null) {
            sql.append(" and actor_name = :actor");
            params.put("actor", q.actorName());
        }
        if (q.actionPrefix() != null) {
            sql.append(" and action like :action escape '\\'");
            params.put("action", q.actionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(q.from(), ZoneOffset.UTC));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", OffsetDateTime.ofInstant(q.to(), ZoneOffset.UTC));
        }
        return sql.toString();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                rs.getObject(3, Long.class), rs.getString(4), rs.getObject(5, Long.class), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getString(13), rs.getInt(14));
    }
}
