package org.gongkai.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** SQL for administering staff accounts: listing a part of the tree, enabling, resetting, unlocking. */
@Repository
class StaffAdminStore {

    /** The columns a list may be sorted by, as the page names them. */
    static final Map<String, String> SORTS = Map.of(
            "username", "u.username",
            "displayName", "u.display_name",
            "organisation", "o.name",
            "created", "u.created_at");

    private static final String SELECT = """
            select u.id, u.organisation_id, o.name as organisation_name, u.username, u.display_name, u.enabled,
                   coalesce(u.locked_until > now(), false) as locked, u.must_change_password, u.failed_logins,
                   u.locked_until, u.created_at,
                   coalesce((select string_agg(r.role, ',' order by r.role) from staff_role r where r.user_id = u.id), '') as roles
              from staff_user u join organisation o on o.id = u.organisation_id""";

    private static final String SUBTREE = """
            with recursive sub as (
                select id from organisation where id = :root
                union all
                select o.id from organisation o join sub on o.parent_id = sub.id)
            """;

    private final JdbcClient jdbc;

    StaffAdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accounts of the organisation {@code root} and those below it, optionally of one organisation only. */
    AccountPage list(long root, Long organisationId, String sort, String dir, int page, int size) {
        String key = SORTS.containsKey(sort) ? sort : "username";
        String direction = "desc".equals(dir) ? "desc" : "asc";
        String where = " where u.organisation_id in (select id from sub)"
                + (organisationId == null ? "" : " and u.organisation_id = :org");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("root", root);
        if (organisationId != null) {
            params.put("org", organisationId);
        }
        long total = jdbc.sql(SUBTREE + "select count(*) from staff_user u" + where).params(params)
                .query(Long.class).single();
        int p = Math.max(1, page);
        params.put("limit", size);
        params.put("offset", (long) (p - 1) * size);
        List<AccountRow> rows = jdbc.sql(SUBTREE + SELECT + where + " order by " + SORTS.get(key) + " " + direction
                        + ", u.id " + direction + " limit :limit offset :offset")
                .params(params).query(StaffAdminStore::map).list();
        return new AccountPage(rows, p, size, total, key, direction);
    }

    Optional<AccountRow> find(long id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(StaffAdminStore::map).optional();
    }

    void setEnabled(long id, boolean enabled) {
        jdbc.sql("update staff_user set enabled = ?, version = version + 1 where id = ?").params(enabled, id).update();
    }

    void resetPassword(long id, String hash) {
        jdbc.sql("update staff_user set password_hash = ?, must_change_password = true, version = version + 1 where id = ?")
                .params(hash, id).update();
    }

    void unlock(long id) {
        jdbc.sql("update staff_user set failed_logins = 0, locked_until = null, version = version + 1 where id = ?")
                .param(id).update();
    }

    private static AccountRow map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : rs.getString("roles").split(",")) {
            if (!r.isEmpty()) {
                roles.add(Role.valueOf(r));
            }
        }
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRow(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("organisation_name"),
                rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
                rs.getBoolean("locked"), rs.getBoolean("must_change_password"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), roles, rs.getTimestamp("created_at").toInstant());
    }
}
