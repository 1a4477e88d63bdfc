package org.gongkai.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The hashes of an account's previous passwords, newest first, so a change cannot go back to one of them. */
@Repository
class PasswordHistory {

    private final JdbcClient jdbc;

    PasswordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> recent(long userId, int count) {
        return jdbc.sql("select password_hash from password_history where user_id = ? order by id desc limit ?")
                .params(userId, count).query(String.class).list();
    }

    /** Keeps the hash being replaced, and no more than {@code keep} hashes in all. */
    void remember(long userId, String replacedHash, int keep) {
        jdbc.sql("insert into password_history (user_id, password_hash) values (?, ?)").params(userId, replacedHash).update();
        jdbc.sql("""
                delete from password_history where user_id = ? and id not in
                    (select id from password_history where user_id = ? order by id desc limit ?)""")
                .params(userId, userId, keep).update();
    }
}
