package org.gongkai.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Rows of application_reply_file and application_delivery. */
@Repository
class ReplyFileStore {

    private final JdbcClient jdbc;

    ReplyFileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long applicationId, String storedName, String originalName, String mediaType, long size, String sha,
             long uploadedBy) {
        jdbc.sql("""
                        insert into application_reply_file
                            (application_id, stored_name, original_name, media_type, size_bytes, sha256, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(applicationId, storedName, originalName, mediaType, size, sha, uploadedBy).update();
    }

    List<ReplyFile> list(long applicationId) {
        return jdbc.sql("select * from application_reply_file where application_id = ? order by id")
                .param(applicationId)
                .query((rs, i) -> new ReplyFile(rs.getLong("id"), rs.getLong("application_id"),
                        rs.getString("stored_name"), rs.getString("original_name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The file only when it belongs to that application. */
    Optional<ReplyFile> find(long applicationId, long fileId) {
        return list(applicationId).stream().filter(f -> f.id() == fileId).findFirst();
    }

    void addDelivery(long applicationId, Delivery method, LocalDate on, String note, boolean emailed, long by) {
        jdbc.sql("""
                        insert into application_delivery (application_id, method, delivered_on, note, emailed, recorded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(applicationId, method.name(), on, note, emailed, by).update();
    }

    List<DeliveryRecord> deliveries(long applicationId) {
        return jdbc.sql("select * from application_delivery where application_id = ? order by delivered_on, id")
                .param(applicationId)
                .query((rs, i) -> new DeliveryRecord(rs.getLong("id"), rs.getLong("application_id"),
                        Delivery.valueOf(rs.getString("method")), rs.getDate("delivered_on").toLocalDate(),
                        rs.getString("note"), rs.getBoolean("emailed"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }
}
