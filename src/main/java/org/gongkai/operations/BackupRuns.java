package org.gongkai.operations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The record of backups taken (scheduled, by command, from the admin page), newest first. */
@Repository
class BackupRuns {

    private static final String COLUMNS = "id, started_at, finished_at, trigger, status, file, bytes, sha256, error";

    private final JdbcClient jdbc;

    BackupRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long started(String trigger, String file, Instant at) {
        return jdbc.sql("insert into backup_run (started_at, trigger, status, file) values (?, ?, 'RUNNING', ?) returning id")
                .params(Timestamp.from(at), trigger, file).query(Long.class).single();
    }

    void succeeded(long id, Instant at, long bytes, String sha256) {
        jdbc.sql("update backup_run set status = 'SUCCEEDED', finished_at = ?, bytes = ?, sha256 = ? where id = ?")
                .params(Timestamp.from(at), bytes, sha256, id).update();
    }

    void failed(long id, Instant at, String error) {
        jdbc.sql("update backup_run set status = 'FAILED', finished_at = ?, error = ? where id = ?")
                .params(Timestamp.from(at), error.length() > 2000 ? error.substring(0, 2000) : error, id).update();
    }

    List<BackupRun> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from backup_run order by started_at desc, id desc limit ?")
                .param(limit).query(BackupRuns::map).list();
    }

    Optional<BackupRun> last(String status) {
        return jdbc.sql("select " + COLUMNS + " from backup_run where status = ? order by started_at desc, id desc limit 1")
                .param(status).query(BackupRuns::map).optional();
    }

    private static BackupRun map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        long bytes = rs.getLong("bytes");
        Long size = rs.wasNull() ? null : bytes;
        return new BackupRun(rs.getLong("id"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("trigger"), rs.getString("status"),
                rs.getString("file"), size, rs.getString("sha256"), rs.getString("error"));
    }
}
