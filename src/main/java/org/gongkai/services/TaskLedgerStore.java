package org.gongkai.services;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the task ledger: tasks, milestones, progress updates and each task's history. */
@Repository
class TaskLedgerStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final String TASK = """
            t.id, t.organisation_id, t.year, t.code, t.title, t.source, t.lead_unit, t.co_units, t.deadline, t.status,
            t.done_on, t.published_at, t.updated_at""";

    /** Filters of a staff or public list; null means any. */
    record Filter(List<Long> organisationIds, Integer year, TaskStatus status, boolean overdueOnly, LocalDate today) {
    }

    /** How many tasks an organisation has for a year, how many are done, in progress, overdue. */
    record RollUp(long organisationId, int total, int done, int inProgress, int overdue) {
    }

    private final JdbcClient jdbc;

    TaskLedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, TaskLedgerValidation.Values v, long userId) {
        return jdbc.sql("""
                        insert into svc_task (organisation_id, year, code, title, source, lead_unit, co_units, deadline,
                            status, done_on, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, v.year(), v.code(), v.title(), v.source(), v.leadUnit(), v.coUnits(),
                        v.deadline(), v.status().name(), v.doneOn(), userId)
                .query(Long.class).single();
    }

    boolean update(long id, int version, TaskLedgerValidation.Values v) {
        return jdbc.sql("""
                        update svc_task set year = ?, code = ?, title = ?, source = ?, lead_unit = ?, co_units = ?,
                            deadline = ?, status = ?, done_on = ?, updated_at = now(), version = version + 1
                         where id = ? and version = ?""")
                .params(v.year(), v.code(), v.title(), v.source(), v.leadUnit(), v.coUnits(), v.deadline(),
                        v.status().name(), v.doneOn(), id, version)
                .update() == 1;
    }

    void setStatus(long id, TaskStatus status, LocalDate doneOn) {
        jdbc.sql("update svc_task set status = ?, done_on = ?, updated_at = now(), version = version + 1 where id = ?")
                .params(status.name(), doneOn, id).update();
    }

    boolean codeTaken(long organisationId, int year, String code, Long except) {
        return jdbc.sql("""
                        select exists (select 1 from svc_task where organisation_id = ? and year = ? and code = ?
                                         and id <> ?)""")
                .params(organisationId, year, code, except == null ? -1L : except).query(Boolean.class).single();
    }

    Optional<LedgerTask> find(long id) {
        return jdbc.sql("select " + TASK + ", t.version, " + latestPercent("svc_progress") + " from svc_task t where t.id = ?")
                .param(id).query(TaskLedgerStore::task).optional();
    }

    Optional<LedgerTask> lock(long id) {
        return jdbc.sql("select " + TASK + ", t.version, null::int as percent from svc_task t where t.id = ? for update")
                .param(id).query(TaskLedgerStore::task).optional();
    }

    Optional<LedgerTask> findPublic(long id) {
        return jdbc.sql("select " + TASK + ", 0 as version, " + latestPercent("svc_public_progress")
                        + " from svc_public_task t where t.id = ?")
                .param(id).query(TaskLedgerStore::task).optional();
    }

    Optional<LedgerTask> findByCode(long organisationId, int year, String code) {
        return jdbc.sql("select " + TASK + ", t.version, null::int as percent from svc_task t"
                        + " where t.organisation_id = ? and t.year = ? and t.code = ?")
                .params(organisationId, year, code).query(TaskLedgerStore::task).optional();
    }

    Page<LedgerTask> list(Filter f, String order, int page, int size, boolean publicOnly) {
        if (f.organisationIds().isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        String table = publicOnly ? "svc_public_task" : "svc_task";
        String progress = publicOnly ? "svc_public_progress" : "svc_progress";
        StringBuilder where = new StringBuilder(" where t.organisation_id in (:ids)");
        if (f.year() != null) {
            where.append(" and t.year = :year");
        }
        if (f.status() != null) {
            where.append(" and t.status = :status");
        }
        if (f.overdueOnly()) {
            where.append(" and t.status <> 'DONE' and t.deadline < :today");
        }
        var count = bind(jdbc.sql("select count(*) from " + table + " t" + where), f);
        long total = count.query(Long.class).single();
        var rows = bind(jdbc.sql("select " + TASK + ", " + (publicOnly ? "0" : "t.version") + " as version, "
                + latestPercent(progress) + " from " + table + " t" + where + " order by " + order
                + ", t.id limit :size offset :offset"), f)
                .param("size", size).param("offset", Page.offset(page, size));
        return new Page<>(rows.query(TaskLedgerStore::task).list(), page, size, total);
    }

    /** Every task of the organisations for a year (the CSV export), in code order. */
    List<LedgerTask> all(List<Long> organisationIds, int year) {
        return list(new Filter(organisationIds, year, null, false, null), "t.organisation_id, t.code", 1,
                100_000, false).items();
    }

    List<RollUp> rollUp(List<Long> organisationIds, int year, LocalDate today, boolean publicOnly) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select organisation_id, count(*) as total,
                               count(*) filter (where status = 'DONE') as done,
                               count(*) filter (where status = 'IN_PROGRESS') as in_progress,
                               count(*) filter (where status <> 'DONE' and deadline < :today) as overdue
                          from %s where organisation_id in (:ids) and year = :year
                         group by organisation_id order by organisation_id""".formatted(publicOnly ? "svc_public_task" : "svc_task"))
                .param("ids", organisationIds).param("year", year).param("today", today)
                .query((rs, n) -> new RollUp(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    List<Integer> publicYears(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct year from svc_public_task where organisation_id in (:ids) order by year desc")
                .param("ids", organisationIds).query(Integer.class).list();
    }

    boolean anyPublic(long organisationId) {
        return jdbc.sql("select exists (select 1 from svc_public_task where organisation_id = ?)")
                .param(organisationId).query(Boolean.class).single();
    }

    List<LedgerTask> newestPublic(int max) {
        return jdbc.sql("select " + TASK + ", 0 as version, null::int as percent from svc_public_task t"
                        + " order by t.updated_at desc limit ?")
                .param(max).query(TaskLedgerStore::task).list();
    }

    void publish(long id, long userId) {
        jdbc.sql("update svc_task set published_at = now(), published_by = ?, updated_at = now() where id = ? and published_at is null")
                .params(userId, id).update();
    }

    int publishProgress(long taskId) {
        return jdbc.sql("update svc_progress set published_at = now() where task_id = ? and published_at is null")
                .param(taskId).update();
    }

    void touch(long id) {
        jdbc.sql("update svc_task set updated_at = now() where id = ?").param(id).update();
    }

    // milestones

    long addMilestone(long taskId, TaskLedgerValidation.Milestone m) {
        return jdbc.sql("""
                        insert into svc_milestone (task_id, position, title, due)
                        values (?, (select coalesce(max(position), 0) + 1 from svc_milestone where task_id = ?), ?, ?)
                        returning id""")
                .params(taskId, taskId, m.title(), m.due()).query(Long.class).single();
    }

    boolean completeMilestone(long taskId, long milestoneId, LocalDate on) {
        return jdbc.sql("update svc_milestone set done_on = ? where id = ? and task_id = ? and done_on is null")
                .params(on, milestoneId, taskId).update() == 1;
    }

    List<TaskMilestone> milestones(long taskId) {
        return jdbc.sql("select id, task_id, position, title, due, done_on from svc_milestone where task_id = ? order by due, position")
                .param(taskId).query((rs, n) -> new TaskMilestone(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)))
                .list();
    }

    // progress

    long addProgress(long taskId, TaskLedgerValidation.Progress p, long userId) {
        return jdbc.sql("""
                        insert into svc_progress (task_id, reported_on, percent, summary, evidence_document, evidence_url,
                            created_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(taskId, p.reportedOn(), p.percent(), p.summary(), p.evidenceDocument(), p.evidenceUrl(), userId)
                .query(Long.class).single();
    }

    boolean hasProgress(long taskId, TaskLedgerValidation.Progress p) {
        return jdbc.sql("""
                        select exists (select 1 from svc_progress where task_id = ? and reported_on = ? and percent = ?
                                         and summary = ?)""")
                .params(taskId, p.reportedOn(), p.percent(), p.summary()).query(Boolean.class).single();
    }

    List<TaskProgress> progress(long taskId, boolean publicOnly) {
        return jdbc.sql("select id, task_id, reported_on, percent, summary, evidence_document, evidence_url, published_at from "
                        + (publicOnly ? "svc_public_progress" : "svc_progress") + " where task_id = ? order by reported_on, id")
                .param(taskId).query((rs, n) -> new TaskProgress(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5),
                        (Long) rs.getObject(6), rs.getString(7), instant(rs.getTimestamp(8))))
                .list();
    }

    /** The latest progress of each task, staff's view (published or not). */
    Map<Long, TaskProgress> latestProgress(List<Long> taskIds) {
        Map<Long, TaskProgress> m = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return m;
        }
        jdbc.sql("""
                        select distinct on (task_id) id, task_id, reported_on, percent, summary, evidence_document,
                               evidence_url, published_at
                          from svc_progress where task_id in (:ids) order by task_id, reported_on desc, id desc""")
                .param("ids", taskIds).query((rs, n) -> new TaskProgress(rs.getLong(1), rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5),
                        (Long) rs.getObject(6), rs.getString(7), instant(rs.getTimestamp(8))))
                .list().forEach(p -> m.put(p.taskId(), p));
        return m;
    }

    int pendingProgress(long taskId) {
        return jdbc.sql("select count(*) from svc_progress where task_id = ? and published_at is null")
                .param(taskId).query(Integer.class).single();
    }

    // history

    void change(long taskId, String action, Map<String, Object> was, Map<String, Object> now) {
        jdbc.sql("insert into svc_task_change (task_id, action, was, now) values (?, ?, cast(? as jsonb), cast(? as jsonb))")
                .params(taskId, action, JSON.writeValueAsString(was), JSON.writeValueAsString(now)).update();
    }

    /** A task's history; the public's leaves out progress not yet published. */
    List<TaskChange> changes(long taskId, boolean publicOnly) {
        return jdbc.sql("select id, task_id, at, action, was::text, now::text from svc_task_change where task_id = ?"
                        + (publicOnly ? " and action <> 'progress.add'" : "") + " order by at, id")
                .param(taskId).query((rs, n) -> new TaskChange(rs.getLong(1), rs.getLong(2),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), JSON.readValue(rs.getString(5), MAP),
                        JSON.readValue(rs.getString(6), MAP)))
                .list();
    }

    private static String latestPercent(String progressTable) {
        return "(select p.percent from " + progressTable + " p where p.task_id = t.id order by p.reported_on desc, p.id desc limit 1) as percent";
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f) {
        spec = spec.param("ids", f.organisationIds());
        if (f.year() != null) {
            spec = spec.param("year", f.year());
        }
        if (f.status() != null) {
            spec = spec.param("status", f.status().name());
        }
        if (f.overdueOnly()) {
            spec = spec.param("today", f.today());
        }
        return spec;
    }

    private static LedgerTask task(ResultSet rs, int n) throws SQLException {
        return new LedgerTask(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"), rs.getString("code"),
                rs.getString("title"), rs.getString("source"), rs.getString("lead_unit"), rs.getString("co_units"),
                rs.getObject("deadline", LocalDate.class), TaskStatus.valueOf(rs.getString("status")),
                rs.getObject("done_on", LocalDate.class), instant(rs.getTimestamp("published_at")),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"), (Integer) rs.getObject("percent"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
