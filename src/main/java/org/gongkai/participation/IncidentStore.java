package org.gongkai.participation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for public-concern incidents and their statements (concern_incident, incident_statement; V85). */
@Repository
class IncidentStore {

    /** What is stored when staff record an incident. */
    record NewRow(long organisationId, String source, String sourceUrl, String summary, IncidentSeverity severity,
                  Instant discoveredAt, Instant recordedAt, long recordedBy) {
    }

    /** A line of an incident's timeline. */
    record Statement(long id, String kind, String title, Instant at, Long documentId, String place,
                     String recordedByName) {
    }

    /** One severity's line of a year: incidents, clocks, and how many of them were missed (late or unmet past due). */
    record YearLine(IncidentSeverity severity, long incidents, long clocks, long metOnTime, long missed) {
    }

    /** A clock not met (open incident) whose warning time has come: the SQL twin of {@link IncidentClock#at}. */
    private static final String NEAR = """
            ((i.response_met_at is null and :now between i.discovered_at + (i.response_due_at - i.discovered_at) * 0.8
                                                 and i.response_due_at)
             or (i.press_due_at is not null and i.press_met_at is null
                 and :now between i.discovered_at + (i.press_due_at - i.discovered_at) * 0.8 and i.press_due_at))""";
    private static final String OVERDUE = """
            ((i.response_met_at is null and i.response_due_at < :now)
             or (i.press_due_at is not null and i.press_met_at is null and i.press_due_at < :now))""";

    private static final String SELECT = """
            select i.*, o.name as org_name, r.display_name as recorded_by_name, c.display_name as closed_by_name
              from concern_incident i
              join organisation o on o.id = i.organisation_id
              join staff_user r on r.id = i.recorded_by
              left join staff_user c on c.id = i.closed_by""";

    private final JdbcClient jdbc;

    IncidentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewRow r) {
        IncidentSeverity s = r.severity();
        Instant press = s.major() ? r.discoveredAt().plus(IncidentSeverity.PRESS) : null;
        return jdbc.sql("""
                        insert into concern_incident (organisation_id, source, source_url, summary, severity,
                               discovered_at, recorded_at, recorded_by, response_due_at, press_due_at)
                        values (:org, :source, :url, :summary, :severity, :discovered, :recorded, :by, :due, :press)
                        returning id""")
                .param("org", r.organisationId()).param("source", r.source()).param("url", r.sourceUrl())
                .param("summary", r.summary()).param("severity", s.name())
                .param("discovered", ts(r.discoveredAt())).param("recorded", ts(r.recordedAt()))
                .param("by", r.recordedBy()).param("due", ts(r.discoveredAt().plus(s.responseWindow())))
                .param("press", ts(press))
                .query(Long.class).single();
    }

    Optional<ConcernIncident> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(IncidentStore::map).optional();
    }

    /** An organisation's incidents, newest discovery first; {@code open} null for any; flag NEAR / OVERDUE or null. */
    Page<ConcernIncident> list(long organisationId, Boolean open, String flag, Instant now, int page, int size) {
        StringBuilder where = new StringBuilder(" where i.organisation_id = :org");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("org", organisationId);
        if (open != null) {
            where.append(open ? " and i.status = 'OPEN'" : " and i.status = 'CLOSED'");
        }
        if ("NEAR".equals(flag)) {
            where.append(" and i.status = 'OPEN' and not ").append(OVERDUE).append(" and ").append(NEAR);
            params.put("now", ts(now));
        } else if ("OVERDUE".equals(flag)) {
            where.append(" and i.status = 'OPEN' and ").append(OVERDUE);
            params.put("now", ts(now));
        }
        long total = jdbc.sql("select count(*) from concern_incident i" + where).params(params)
                .query(Long.class).single();
        List<ConcernIncident> rows = jdbc.sql(SELECT + where + " order by i.discovered_at desc, i.id desc"
                        + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query(IncidentStore::map).list();
        return new Page<>(rows, page, size, total);
    }

    /** Open incidents of the organisations directly below with a clock missed: escalated to this organisation. */
    List<ConcernIncident> escalatedTo(long organisationId, Instant now) {
        return jdbc.sql(SELECT + " where o.parent_id = :org and i.status = 'OPEN' and " + OVERDUE
                        + " order by i.discovered_at, i.id limit 100")
                .param("org", organisationId).param("now", ts(now)).query(IncidentStore::map).list();
    }

    long countNear(long organisationId, Instant now) {
        return jdbc.sql("select count(*) from concern_incident i where i.organisation_id = :org and i.status = 'OPEN'"
                        + " and not " + OVERDUE + " and " + NEAR)
                .param("org", organisationId).param("now", ts(now)).query(Long.class).single();
    }

    long countOverdue(long organisationId, Instant now) {
        return jdbc.sql("select count(*) from concern_incident i where i.organisation_id = :org and i.status = 'OPEN'"
                        + " and " + OVERDUE)
                .param("org", organisationId).param("now", ts(now)).query(Long.class).single();
    }

    long countEscalated(long organisationId, Instant now) {
        return jdbc.sql("""
                        select count(*) from concern_incident i join organisation o on o.id = i.organisation_id
                         where o.parent_id = :org and i.status = 'OPEN' and """ + OVERDUE)
                .param("org", organisationId).param("now", ts(now)).query(Long.class).single();
    }

    List<Statement> statements(long incidentId) {
        return jdbc.sql("""
                        select s.id, s.kind, s.title, s.at, s.document_id, s.place, u.display_name
                          from incident_statement s join staff_user u on u.id = s.recorded_by
                         where s.incident_id = ? order by s.at, s.id""")
                .param(incidentId)
                .query((rs, i) -> new Statement(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getTimestamp("at").toInstant(), (Long) rs.getObject("document_id"), rs.getString("place"),
                        rs.getString("display_name")))
                .list();
    }

    /**
     * Adds a statement and marks the clocks it meets (the earliest statement wins): any statement or press conference
     * meets the first clock, only a press conference the press-conference clock. False when the incident changed or
     * closed meanwhile.
     */
    boolean addStatement(long incidentId, int version, String kind, String title, Instant at, Long documentId,
                         String place, long by, Instant recordedAt) {
        boolean press = kind.equals("PRESS_CONFERENCE");
        int updated = jdbc.sql("""
                        update concern_incident
                           set response_met_at = least(response_met_at, :at),
                               press_met_at = case when :press and press_due_at is not null
                                                   then least(press_met_at, :at) else press_met_at end,
                               version = version + 1
                         where id = :id and version = :version and status = 'OPEN'""")
                .param("at", ts(at)).param("press", press).param("id", incidentId).param("version", version)
                .update();
        if (updated != 1) {
            return false;
        }
        jdbc.sql("""
                        insert into incident_statement (incident_id, kind, title, at, document_id, place, recorded_by,
                               recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(incidentId, kind, title, ts(at), documentId, place, by, ts(recordedAt)).update();
        return true;
    }

    boolean close(long id, int version, String reviewNote, long by, Instant at) {
        return jdbc.sql("""
                        update concern_incident set status = 'CLOSED', review_note = ?, closed_by = ?, closed_at = ?,
                               version = version + 1
                         where id = ? and version = ? and status = 'OPEN'""")
                .params(reviewNote, by, ts(at), id, version).update() == 1;
    }

    /**
     * The year's figures by severity for an organisation, by the Beijing year of discovery. A clock is missed when it
     * was met after its due time or is unmet and past due at {@code now}; one incident has one or two clocks.
     */
    List<YearLine> year(long organisationId, int year, Instant now) {
        return jdbc.sql("""
                        with i as (
                          select severity, response_due_at as due, response_met_at as met from concern_incident
                           where organisation_id = :org
                             and extract(year from discovered_at at time zone 'Asia/Shanghai') = :year
                          union all
                          select severity, press_due_at, press_met_at from concern_incident
                           where organisation_id = :org and press_due_at is not null
                             and extract(year from discovered_at at time zone 'Asia/Shanghai') = :year)
                        select severity,
                               count(*) as clocks,
                               count(*) filter (where met is not null and met <= due) as on_time,
                               count(*) filter (where met > due or (met is null and due < :now)) as missed
                          from i group by severity""")
                .param("org", organisationId).param("year", year).param("now", ts(now))
                .query((rs, n) -> new Object[]{IncidentSeverity.valueOf(rs.getString("severity")),
                        rs.getLong("clocks"), rs.getLong("on_time"), rs.getLong("missed")})
                .list().stream()
                .map(a -> {
                    IncidentSeverity s = (IncidentSeverity) a[0];
                    long clocks = (Long) a[1];
                    return new YearLine(s, s.major() ? clocks / 2 : clocks, clocks, (Long) a[2], (Long) a[3]);
                })
                .toList();
    }

    private static ConcernIncident map(ResultSet rs, int row) throws SQLException {
        return new ConcernIncident(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("org_name"),
                rs.getString("source"), rs.getString("source_url"), rs.getString("summary"),
                IncidentSeverity.valueOf(rs.getString("severity")), instant(rs, "discovered_at"),
                instant(rs, "recorded_at"), rs.getString("recorded_by_name"), instant(rs, "response_due_at"),
                instant(rs, "response_met_at"), instant(rs, "press_due_at"), instant(rs, "press_met_at"),
                rs.getString("status").equals("CLOSED"), instant(rs, "closed_at"), rs.getString("closed_by_name"),
                rs.getString("review_note"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant t) {
        return t == null ? null : Timestamp.from(t);
    }
}
