package org.gongkai.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for personal API tokens. Only the SHA-256 of a token is ever stored. */
@Repository
class ApiTokenStore {

    /** A token as its owner sees it in the list (never the secret). */
    record Listed(long id, String name, String hint, ApiTokenScope scope, Instant createdAt, Instant expiresAt,
                  Instant lastUsedAt, Instant revokedAt) {
        boolean active(Instant now) {
            return revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** A live token of an enabled account, found by its hash. */
    record Live(long id, String username, ApiTokenScope scope, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String hint, ApiTokenScope scope, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, hint, scope, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, name, hash, hint, scope.name(), Timestamp.from(expiresAt)).query(Long.class).single();
    }

    List<Listed> list(long userId) {
        return jdbc.sql("""
                select id, name, hint, scope, created_at, expires_at, last_used_at, revoked_at from api_token
                 where user_id = ? order by revoked_at is not null, created_at desc, id desc""")
                .param(userId).query((rs, i) -> new Listed(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ApiTokenScope.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6).toInstant(), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8))))
                .list();
    }

    Optional<Live> live(String hash) {
        return jdbc.sql("""
                select t.id, u.username, t.scope, t.last_used_at from api_token t join staff_user u on u.id = t.user_id
                 where t.token_hash = ? and t.revoked_at is null and t.expires_at > now() and u.enabled""")
                .param(hash).query((rs, i) -> new Live(rs.getLong(1), rs.getString(2),
                        ApiTokenScope.valueOf(rs.getString(3)), instant(rs.getTimestamp(4)))).optional();
    }

    void touch(long id) {
        jdbc.sql("update api_token set last_used_at = now() where id = ?").param(id).update();
    }

    /** Revokes one token of the user; false when the user has no such live token. */
    boolean revoke(long userId, long id) {
        return jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(id, userId).update() == 1;
    }

    /** Revokes every token of the user (their password was reset by someone else). */
    int revokeAll(long userId) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
                .param(userId).update();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
