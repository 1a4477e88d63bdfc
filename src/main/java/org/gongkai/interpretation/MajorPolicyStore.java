package org.gongkai.interpretation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for the major-policy marks and their exceptions (V81). */
@Repository
class MajorPolicyStore {

    private static final String SELECT = """
            select document_id, organisation_id, marked_by, marked_at, exception_reason, exception_by, exception_at
              from major_policy""";

    private final JdbcClient jdbc;

    MajorPolicyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the document; false when it was marked already. */
    boolean mark(long documentId, long organisationId, long by) {
        return jdbc.sql("""
                        insert into major_policy (document_id, organisation_id, marked_by) values (?, ?, ?)
                        on conflict (document_id) do nothing""")
                .params(documentId, organisationId, by).update() == 1;
    }

    boolean unmark(long documentId) {
        return jdbc.sql("delete from major_policy where document_id = ?").param(documentId).update() == 1;
    }

    /** Records the exception; false when one was recorded already (an exception is not rewritten). */
    boolean recordException(long documentId, String reason, long by, Instant at) {
        return jdbc.sql("""
                        update major_policy set exception_reason = ?, exception_by = ?, exception_at = ?
                         where document_id = ? and exception_reason is null""")
                .params(reason, by, Timestamp.from(at), documentId).update() == 1;
    }

    Optional<MajorPolicy> find(long documentId) {
        return jdbc.sql(SELECT + " where document_id = ?").param(documentId).query(MajorPolicyStore::map).optional();
    }

    /** The marks of the organisations, newest first. */
    List<MajorPolicy> of(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where organisation_id = any(?) order by marked_at desc, document_id desc")
                .param(organisationIds.toArray(Long[]::new)).query(MajorPolicyStore::map).list();
    }

    private static MajorPolicy map(ResultSet rs, int i) throws SQLException {
        Timestamp exceptionAt = rs.getTimestamp("exception_at");
        long by = rs.getLong("exception_by");
        Long exceptionBy = rs.wasNull() ? null : by;
        return new MajorPolicy(rs.getLong("document_id"), rs.getLong("organisation_id"), rs.getLong("marked_by"),
                rs.getTimestamp("marked_at").toInstant(), rs.getString("exception_reason"),
                exceptionBy, exceptionAt == null ? null : exceptionAt.toInstant());
    }
}
