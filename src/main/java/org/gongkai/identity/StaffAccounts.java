package org.gongkai.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for staff accounts and their roles. */
@Repository
class StaffAccounts {

    record Account(long id, long organisationId, String username, String displayName, String passwordHash,
                   boolean mustChangePassword, boolean enabled, int failedLogins, Instant lockedUntil, int version) {
    }

    private final JdbcClient jdbc;

    StaffAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("""
                select id, organisation_id, username, display_name, password_hash, must_change_password, enabled,
                       failed_logins, locked_until, version from staff_user where username = ?""")
                .param(username).query((rs, i) -> new Account(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), rs.getInt(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getInt(10)))
                .optional();
    }

    Set<Role> roles(long userId) {
        List<String> names = jdbc.sql("select role from staff_role where user_id = ?").param(userId)
                .query(String.class).list();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> roles.add(Role.valueOf(n)));
        return roles;
    }

    long count() {
        return jdbc.sql("select count(*) from staff_user").query(Long.class).single();
    }

    long insert(long organisationId, String username, String displayName, String passwordHash, boolean mustChange) {
        return jdbc.sql("""
                insert into staff_user (organisation_id, username, display_name, password_hash, must_change_password)
                values (?, ?, ?, ?, ?) returning id""")
                .params(organisationId, username, displayName, passwordHash, mustChange).query(Long.class).single();
    }

    void addRole(long userId, Role role) {
        jdbc.sql("insert into staff_role (user_id, role) values (?, ?) on conflict do nothing")
                .params(userId, role.name()).update();
    }

    void removeRole(long userId, Role role) {
        jdbc.sql("delete from staff_role where user_id = ? and role = ?").params(userId, role.name()).update();
    }

    /** Counts a failed login on the account, for the security administrator to see; it locks nothing (ADR 0004). */
    void recordFailure(String username) {
        jdbc.sql("update staff_user set failed_logins = failed_logins + 1 where username = ?").param(username).update();
    }

    void recordSuccess(String username) {
        jdbc.sql("update staff_user set failed_logins = 0, locked_until = null where username = ? and (failed_logins > 0 or locked_until is not null)")
                .param(username).update();
    }

    void changePassword(long userId, String hash) {
        jdbc.sql("update staff_user set password_hash = ?, must_change_password = false, version = version + 1 where id = ?")
                .params(hash, userId).update();
    }
}
