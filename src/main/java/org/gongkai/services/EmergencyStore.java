package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Emergency plans, warnings and their updates. Public reads take published plans and issued warnings only. */
@Repository
class EmergencyStore {

    private final JdbcClient jdbc;

    EmergencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- plans

    long insertPlan(long org, String title, String scope, LocalDate issuedOn, String body, long by) {
        return jdbc.sql("insert into svc_emergency_plan (organisation_id, title, scope, issued_on, body, created_by)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(org, title, scope, issuedOn, body, by).query(Long.class).single();
    }

    /** Saves the draft plan when it is still as the editor saw it ({@code seen}: its last save time). */
    boolean updatePlan(long id, Instant seen, String title, String scope, LocalDate issuedOn, String body) {
        return jdbc.sql("update svc_emergency_plan set title = ?, scope = ?, issued_on = ?, body = ?, updated_at = now()"
                        + " where id = ? and published_at is null and updated_at = ?")
                .params(title, scope, issuedOn, body, id, Timestamp.from(seen)).update() == 1;
    }

    boolean publishPlan(long id, long by) {
        return jdbc.sql("update svc_emergency_plan set published_at = now(), published_by = ? where id = ? and published_at is null")
                .params(by, id).update() == 1;
    }

    Optional<EmergencyPlan> plan(long id) {
        return jdbc.sql("select * from svc_emergency_plan where id = ?").param(id).query(EmergencyStore::plan).optional();
    }

    Optional<EmergencyPlan> publicPlan(long id) {
        return plan(id).filter(EmergencyPlan::published);
    }

    List<EmergencyPlan> plans(List<Long> orgs, boolean publicOnly) {
        return jdbc.sql("select * from svc_emergency_plan where organisation_id in (:ids)"
                        + (publicOnly ? " and published_at is not null" : "") + " order by issued_on desc, id desc limit 200")
                .param("ids", orgs).query(EmergencyStore::plan).list();
    }

    // --- warnings

    long insertWarning(long org, WarningForm.Values v, long by) {
        return jdbc.sql("""
                        insert into svc_warning (organisation_id, event, category, severity, urgency, certainty, headline,
                               description, instruction, area, onset, expires, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(org, v.event(), v.category(), v.severity().name(), v.urgency(), v.certainty(), v.headline(),
                        v.description(), v.instruction(), v.area(), Timestamp.from(v.onset()),
                        Timestamp.from(v.expires()), by)
                .query(Long.class).single();
    }

    /** Saves the draft warning when it is still as the editor saw it ({@code seen}: its last save time). */
    boolean updateWarning(long id, Instant seen, WarningForm.Values v) {
        return jdbc.sql("""
                        update svc_warning set event = ?, category = ?, severity = ?, urgency = ?, certainty = ?,
                               headline = ?, description = ?, instruction = ?, area = ?, onset = ?, expires = ?,
                               updated_at = now()
                         where id = ? and issued_at is null and updated_at = ?""")
                .params(v.event(), v.category(), v.severity().name(), v.urgency(), v.certainty(), v.headline(),
                        v.description(), v.instruction(), v.area(), Timestamp.from(v.onset()),
                        Timestamp.from(v.expires()), id, Timestamp.from(seen))
                .update() == 1;
    }

    boolean issue(long id, long by) {
        return jdbc.sql("update svc_warning set issued_at = now(), issued_by = ?, updated_at = now()"
                + " where id = ? and issued_at is null").params(by, id).update() == 1;
    }

    Optional<EmergencyWarning> warning(long id) {
        return jdbc.sql("select * from svc_warning where id = ?").param(id).query(EmergencyStore::warning).optional();
    }

    Optional<EmergencyWarning> lockWarning(long id) {
        return jdbc.sql("select * from svc_warning where id = ? for update").param(id).query(EmergencyStore::warning).optional();
    }

    Optional<EmergencyWarning> publicWarning(long id) {
        return warning(id).filter(EmergencyWarning::issued);
    }

    List<EmergencyWarning> warnings(List<Long> orgs, boolean publicOnly, int limit) {
        return jdbc.sql("select * from svc_warning where organisation_id in (:ids)"
                        + (publicOnly ? " and issued_at is not null order by issued_at desc" : " order by coalesce(issued_at, updated_at) desc")
                        + ", id desc limit :limit")
                .param("ids", orgs).param("limit", limit).query(EmergencyStore::warning).list();
    }

    Page<EmergencyWarning> staffWarnings(long org, int page, int size) {
        long total = jdbc.sql("select count(*) from svc_warning where organisation_id = ?").param(org)
                .query(Long.class).single();
        return new Page<>(jdbc.sql("select * from svc_warning where organisation_id = ?"
                        + " order by issued_at desc nulls first, id desc limit ? offset ?")
                .params(org, size, Page.offset(page, size)).query(EmergencyStore::warning).list(), page, size, total);
    }

    List<WarningUpdate> updates(long warningId) {
        return jdbc.sql("select * from svc_warning_update where warning_id = ? order by seq").param(warningId)
                .query((rs, i) -> new WarningUpdate(rs.getLong("id"), rs.getLong("warning_id"), rs.getInt("seq"),
                        rs.getString("kind"), rs.getString("body"), WarningSeverity.valueOf(rs.getString("severity")),
                        rs.getTimestamp("expires").toInstant(), rs.getTimestamp("issued_at").toInstant()))
                .list();
    }

    long addUpdate(long warningId, String kind, String body, WarningSeverity severity, Instant expires, long by) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from svc_warning_update where warning_id = ?")
                .param(warningId).query(Integer.class).single();
        return jdbc.sql("insert into svc_warning_update (warning_id, seq, kind, body, severity, expires, issued_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?) returning id")
                .params(warningId, seq, kind, body, severity.name(), Timestamp.from(expires), by)
                .query(Long.class).single();
    }

    boolean anyPublic(long org) {
        return jdbc.sql("select exists (select 1 from svc_warning where organisation_id = ? and issued_at is not null)"
                        + " or exists (select 1 from svc_emergency_plan where organisation_id = ? and published_at is not null)")
                .params(org, org).query(Boolean.class).single();
    }

    List<Object[]> newestPublic(int max) {
        return jdbc.sql("""
                        select '/warnings/' || id, issued_at from svc_warning where issued_at is not null
                        union all
                        select '/emergency-plans/' || id, published_at from svc_emergency_plan where published_at is not null
                        order by 2 desc limit ?""").param(max)
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getTimestamp(2).toInstant()}).list();
    }

    private static EmergencyPlan plan(ResultSet rs, int row) throws SQLException {
        Timestamp pub = rs.getTimestamp("published_at");
        return new EmergencyPlan(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("title"),
                rs.getString("scope"), rs.getObject("issued_on", LocalDate.class), rs.getString("body"),
                pub == null ? null : pub.toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static EmergencyWarning warning(ResultSet rs, int row) throws SQLException {
        Timestamp issued = rs.getTimestamp("issued_at");
        return new EmergencyWarning(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("event"),
                rs.getString("category"), WarningSeverity.valueOf(rs.getString("severity")), rs.getString("urgency"),
                rs.getString("certainty"), rs.getString("headline"), rs.getString("description"),
                rs.getString("instruction"), rs.getString("area"), rs.getTimestamp("onset").toInstant(),
                rs.getTimestamp("expires").toInstant(), issued == null ? null : issued.toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
