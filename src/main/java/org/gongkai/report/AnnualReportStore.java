package org.gongkai.report;

import org.gongkai.platform.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
class AnnualReportStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = """
            id, organisation_id, year, overview, problems, other_matters, licences, penalties, enforcement, fees,
            catalog_node_id, document_id, lock_version, updated_at""";

    private final JdbcClient jdbc;

    AnnualReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnnualReport> find(long organisationId, int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where organisation_id = ? and year = ?")
                .params(organisationId, year).query(AnnualReportStore::report).optional();
    }

    Optional<AnnualReport> byDocument(long documentId) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where document_id = ?").param(documentId)
                .query(AnnualReportStore::report).optional();
    }

    /** The report row, created empty when it does not exist yet, locked for the caller's transaction. */
    AnnualReport lockOrCreate(long organisationId, int year) {
        jdbc.sql("insert into annual_report (organisation_id, year) values (?, ?) on conflict do nothing")
                .params(organisationId, year).update();
        return jdbc.sql("select " + COLUMNS + " from annual_report where organisation_id = ? and year = ? for update")
                .params(organisationId, year).query(AnnualReportStore::report).single();
    }

    void save(AnnualReport r, int expectedVersion, long userId) {
        int n = jdbc.sql("""
                update annual_report set overview = ?, problems = ?, other_matters = ?, licences = ?, penalties = ?,
                       enforcement = ?, fees = ?, catalog_node_id = ?, lock_version = lock_version + 1, updated_by = ?,
                       updated_at = now()
                 where id = ? and lock_version = ?""")
                .params(r.narratives().overview(), r.narratives().problems(), r.narratives().otherMatters(),
                        r.entered().licences(), r.entered().penalties(), r.entered().enforcement(),
                        r.entered().feesTenThousandYuan(), r.catalogNodeId(), userId, r.id(), expectedVersion)
                .update();
        if (n == 0) {
            throw new ConflictException("report.stale");
        }
    }

    void linkDocument(long reportId, long documentId) {
        jdbc.sql("update annual_report set document_id = ? where id = ?").params(documentId, reportId).update();
    }

    void addGeneration(long reportId, long revisionId, ReportFigures figures, boolean reconciled, long userId) {
        jdbc.sql("""
                insert into annual_report_generation (report_id, revision_id, figures, reconciled, generated_by)
                values (?, ?, cast(? as jsonb), ?, ?)""")
                .params(reportId, revisionId, JSON.writeValueAsString(figures), reconciled, userId).update();
    }

    Optional<Generation> generationOf(long revisionId) {
        return jdbc.sql("select id, report_id, revision_id, figures, reconciled, generated_at from annual_report_generation"
                + " where revision_id = ?").param(revisionId).query(AnnualReportStore::generation).optional();
    }

    Optional<Generation> latestGeneration(long reportId) {
        return jdbc.sql("select id, report_id, revision_id, figures, reconciled, generated_at from annual_report_generation"
                        + " where report_id = ? order by id desc limit 1").param(reportId)
                .query(AnnualReportStore::generation).optional();
    }

    /** The reports of these organisations for a year, by organisation id. */
    List<AnnualReport> ofYear(List<Long> organisationIds, int year) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where year = ? and organisation_id = any(?)")
                .params(year, organisationIds.toArray(Long[]::new)).query(AnnualReportStore::report).list();
    }

    List<AnnualReport> ofOrganisation(long organisationId) {
        return jdbc.sql("select " + COLUMNS + " from annual_report where organisation_id = ? order by year desc")
                .param(organisationId).query(AnnualReportStore::report).list();
    }

    private static AnnualReport report(ResultSet rs, int row) throws SQLException {
        return new AnnualReport(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                new Narratives(rs.getString("overview"), rs.getString("problems"), rs.getString("other_matters")),
                new EnteredFigures(rs.getLong("licences"), rs.getLong("penalties"), rs.getLong("enforcement"),
                        rs.getBigDecimal("fees")),
                nullableLong(rs, "catalog_node_id"), nullableLong(rs, "document_id"), rs.getInt("lock_version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Generation generation(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("generated_at");
        return new Generation(rs.getLong("id"), rs.getLong("report_id"), rs.getLong("revision_id"),
                JSON.readValue(rs.getString("figures"), ReportFigures.class), rs.getBoolean("reconciled"), at.toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
