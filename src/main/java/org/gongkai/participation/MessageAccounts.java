package org.gongkai.participation;

import jakarta.servlet.http.HttpSession;
import org.gongkai.application.ApplicantAccountDirectory;
import org.gongkai.application.ApplicantSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * Messages in the writer's account: the optional applicant account of {@code /my} (application module, V17), whose
 * signed-in account {@link ApplicantSession} tells and whose address {@link ApplicantAccountDirectory} gives. A
 * message joins an account when written while signed in, or later with its tracking number and query code
 * (message_account, V140).
 */
@Repository
class MessageAccounts {

    private final JdbcClient jdbc;
    private final ApplicantAccountDirectory applicants;

    MessageAccounts(JdbcClient jdbc, ApplicantAccountDirectory applicants) {
        this.jdbc = jdbc;
        this.applicants = applicants;
    }

    static Long signedIn(HttpSession session) {
        return ApplicantSession.current(session);
    }

    void join(long account, long messageId) {
        jdbc.sql("insert into message_account (account_id, message_id) values (?, ?) on conflict do nothing")
                .params(account, messageId).update();
    }

    /** The account a message is in, if any. */
    java.util.Optional<Long> accountOf(long messageId) {
        return jdbc.sql("select account_id from message_account where message_id = ?").param(messageId)
                .query(Long.class).optional();
    }

    boolean holds(long account, long messageId) {
        return jdbc.sql("select exists (select 1 from message_account where account_id = ? and message_id = ?)")
                .params(account, messageId).query(Boolean.class).single();
    }

    /** The account's messages, the newest first. */
    List<Long> messagesOf(long account) {
        return jdbc.sql("""
                        select a.message_id from message_account a join citizen_message m on m.id = a.message_id
                         where a.account_id = ? order by m.received_at desc, m.id desc""")
                .param(account).query(Long.class).list();
    }

    /** The account's e-mail address, asked of the application module that owns the accounts; blank when gone. */
    String email(long account) {
        return applicants.email(account).orElse("");
    }
}
