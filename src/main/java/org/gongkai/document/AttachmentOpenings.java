package org.gongkai.document;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Remembers which staff member opened which stored file (the first download), so that a reviewer confirms a file the
 * screening could not read only after opening it.
 */
@Service
public class AttachmentOpenings {

    private final JdbcClient jdbc;

    AttachmentOpenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void opened(long attachmentId, long staffUserId) {
        jdbc.sql("insert into attachment_opened (attachment_id, staff_user_id) values (?, ?) on conflict do nothing")
                .params(attachmentId, staffUserId).update();
    }

    public boolean hasOpened(long attachmentId, long staffUserId) {
        return jdbc.sql("select exists (select 1 from attachment_opened where attachment_id = ? and staff_user_id = ?)")
                .params(attachmentId, staffUserId).query(Boolean.class).single();
    }
}
