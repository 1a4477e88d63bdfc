package org.gongkai.challenge;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for the legal challenges (legal_challenge, V20). */
@Repository
class ChallengeStore {

    /** The checked values of a record. */
    record Values(ChallengeKind kind, String caseNumber, LocalDate filedOn, ChallengeResult result,
                  LocalDate concludedOn, String note) {

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind.name());
            m.put("caseNumber", caseNumber);
            m.put("filedOn", filedOn.toString());
            m.put("result", result.name());
            m.put("concludedOn", concludedOn == null ? null : concludedOn.toString());
            m.put("note", note);
            return m;
        }
    }

    private static final String SELECT = """
            select c.id, c.application_id, c.organisation_id, c.kind, c.case_number, c.filed_on, c.result,
                   c.concluded_on, c.note, c.updated_at, u.display_name as updated_by_name, c.version
              from legal_challenge c join staff_user u on u.id = c.updated_by""";

    private final JdbcClient jdbc;

    ChallengeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long applicationId, long organisationId, Values v, long by) {
        return jdbc.sql("""
                        insert into legal_challenge (application_id, organisation_id, kind, case_number, filed_on, result,
                                                     concluded_on, note, created_by, updated_by)
                        values (:app, :org, :kind, :caseNumber, :filedOn, :result, :concludedOn, :note, :by, :by)
                        returning id""")
                .param("app", applicationId).param("org", organisationId).params(columns(v)).param("by", by)
                .query(Long.class).single();
    }

    /** Saves the values if nobody changed the record since {@code expectedVersion}; false when stale. */
    boolean update(long id, int expectedVersion, Values v, long by) {
        return jdbc.sql("""
                        update legal_challenge
                           set kind = :kind, case_number = :caseNumber, filed_on = :filedOn, result = :result,
                               concluded_on = :concludedOn, note = :note, updated_by = :by, updated_at = now(),
                               version = version + 1
                         where id = :id and version = :version""")
                .params(columns(v)).param("by", by).param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    Optional<LegalChallenge> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(ChallengeStore::map).optional();
    }

    List<LegalChallenge> ofApplication(long applicationId) {
        return jdbc.sql(SELECT + " where c.application_id = ? order by c.filed_on, c.id").param(applicationId)
                .query(ChallengeStore::map).list();
    }

    Page<ChallengeRow> list(List<Long> organisationIds, ChallengeFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where c.organisation_id = any(:orgs)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("orgs", OrganisationIds.array(organisationIds));
        if (f.year() != null) {
            where.append(" and c.filed_on between :first and :last");
            params.put("first", LocalDate.of(f.year(), 1, 1));
            params.put("last", LocalDate.of(f.year(), 12, 31));
        }
        if (f.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.result() != null) {
            where.append(" and c.result = :result");
            params.put("result", f.result().name());
        }
        String from = """
                 from legal_challenge c join disclosure_application a on a.id = c.application_id
                 join organisation o on o.id = c.organisation_id join staff_user u on u.id = c.updated_by""";
        long total = jdbc.sql("select count(*) from legal_challenge c" + where).params(params).query(Long.class).single();
        List<ChallengeRow> rows = jdbc.sql("""
                        select c.id, c.application_id, c.organisation_id, c.kind, c.case_number, c.filed_on, c.result,
                               c.concluded_on, c.note, c.updated_at, u.display_name as updated_by_name, c.version,
                               a.tracking_number, o.name as org_name""" + " " + from + where
                        + " order by " + f.orderBy() + " limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> new ChallengeRow(map(rs, i), rs.getString("tracking_number"), rs.getString("org_name")))
                .list();
        return new Page<>(rows, page, size, total);
    }

    private static Map<String, Object> columns(Values v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", v.kind().name());
        m.put("caseNumber", v.caseNumber());
        m.put("filedOn", v.filedOn());
        m.put("result", v.result().name());
        m.put("concludedOn", v.concludedOn());
        m.put("note", v.note());
        return m;
    }

    private static LegalChallenge map(ResultSet rs, int i) throws SQLException {
        Date concluded = rs.getDate("concluded_on");
        return new LegalChallenge(rs.getLong("id"), rs.getLong("application_id"), rs.getLong("organisation_id"),
                ChallengeKind.valueOf(rs.getString("kind")), rs.getString("case_number"),
                rs.getDate("filed_on").toLocalDate(), ChallengeResult.valueOf(rs.getString("result")),
                concluded == null ? null : concluded.toLocalDate(), rs.getString("note"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by_name"), rs.getInt("version"));
    }
}
