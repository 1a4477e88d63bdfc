package org.gongkai.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** SQL for the extensions of a consultation's period (V135). */
@Repository
class ExtensionStore {

    private final JdbcClient jdbc;

    ExtensionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the closing time if it is still {@code previous} (false: someone else changed it first). */
    boolean extend(long consultationId, Instant previous, Instant closesAt, String reason, long by) {
        int n = jdbc.sql("update consultation set closes_at = ?, updated_at = now(), version = version + 1"
                        + " where id = ? and closes_at = ? and report_published_at is null")
                .params(Timestamp.from(closesAt), consultationId, Timestamp.from(previous)).update();
        if (n == 1) {
            jdbc.sql("insert into consultation_extension (consultation_id, previous_closes_at, new_closes_at, reason,"
                            + " created_by) values (?, ?, ?, ?, ?)")
                    .params(consultationId, Timestamp.from(previous), Timestamp.from(closesAt), reason, by).update();
        }
        return n == 1;
    }

    List<Extension> of(long consultationId) {
        return jdbc.sql("select id, consultation_id, previous_closes_at, new_closes_at, reason, created_at"
                        + " from consultation_extension where consultation_id = ? order by created_at, id")
                .param(consultationId)
                .query((rs, i) -> new Extension(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }
}
