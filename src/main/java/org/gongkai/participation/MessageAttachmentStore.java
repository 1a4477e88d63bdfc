package org.gongkai.participation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for message attachments (message_attachment, V140). */
@Repository
class MessageAttachmentStore {

    private final JdbcClient jdbc;

    MessageAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long messageId, int position, String fileKey, String fileName, String mediaType, long size,
                boolean screened, int findings) {
        jdbc.sql("""
                        insert into message_attachment (message_id, position, file_key, file_name, media_type, size_bytes,
                               screened, findings)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(messageId, position, fileKey, fileName, mediaType, size, screened, findings).update();
    }

    List<MessageAttachment> of(long messageId) {
        return jdbc.sql("select * from message_attachment where message_id = ? order by position").param(messageId)
                .query(MessageAttachmentStore::map).list();
    }

    Optional<MessageAttachment> find(long messageId, long id) {
        return jdbc.sql("select * from message_attachment where message_id = ? and id = ?").params(messageId, id)
                .query(MessageAttachmentStore::map).optional();
    }

    /** Confirmed attachments of a published exchange: what the public may download. */
    List<MessageAttachment> publicOf(long messageId) {
        return jdbc.sql("""
                        select a.* from message_attachment a join citizen_message m on m.id = a.message_id
                         where a.message_id = ? and m.published_at is not null and a.public_at is not null
                           and a.findings = 0
                         order by a.position""")
                .param(messageId).query(MessageAttachmentStore::map).list();
    }

    boolean setPublic(long messageId, long id, Instant at, Long by) {
        return jdbc.sql("""
                        update message_attachment set public_at = ?, public_by = ?
                         where message_id = ? and id = ? and findings = 0""")
                .params(at == null ? null : Timestamp.from(at), by, messageId, id).update() == 1;
    }

    private static MessageAttachment map(ResultSet rs, int i) throws SQLException {
        Timestamp p = rs.getTimestamp("public_at");
        return new MessageAttachment(rs.getLong("id"), rs.getLong("message_id"), rs.getInt("position"),
                rs.getString("file_key"), rs.getString("file_name"), rs.getString("media_type"),
                rs.getLong("size_bytes"), rs.getBoolean("screened"), rs.getInt("findings"),
                p == null ? null : p.toInstant());
    }
}
