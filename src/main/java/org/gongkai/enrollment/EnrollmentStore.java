package org.gongkai.enrollment;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL for the enrollment information of a county and year (enrollment_year, its schedule and schools, V155). */
@Repository
class EnrollmentStore {

    private static final String YEAR = """
            select y.id, y.organisation_id, y.year, y.status, y.policy, y.migrant_rules, y.decision_title,
                   y.decision_url, y.published_at, y.version,
                   (select count(*) from enrollment_school s where s.enrollment_year_id = y.id) as schools,
                   (select coalesce(sum(s.places), 0) from enrollment_school s where s.enrollment_year_id = y.id) as places,
                   (select count(*) from enrollment_schedule d where d.enrollment_year_id = y.id) as schedule
              from enrollment_year y""";
    private static final String SCHOOL = "select id, enrollment_year_id, name, stage, places, address, note from enrollment_school";
    private static final String SCHEDULE = "select id, enrollment_year_id, starts_on, ends_on, what from enrollment_schedule";

    /** Sort orders of the back-office list, by parameter. */
    static final java.util.Map<String, String> SORTS = java.util.Map.of(
            "year", "y.year desc", "year-asc", "y.year asc", "status", "y.status, y.year desc");

    private final JdbcClient jdbc;

    EnrollmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, int year, String policy, String migrantRules, long by) {
        return jdbc.sql("""
                        insert into enrollment_year (organisation_id, year, policy, migrant_rules, created_by)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(organisationId, year, policy, migrantRules, by).query(Long.class).single();
    }

    boolean yearTaken(long organisationId, int year) {
        return jdbc.sql("select exists (select 1 from enrollment_year where organisation_id = ? and year = ?)")
                .params(organisationId, year).query(Boolean.class).single();
    }

    Optional<EnrollmentYear> find(long id) {
        return jdbc.sql(YEAR + " where y.id = ?").param(id).query(EnrollmentStore::year).optional();
    }

    /** Locks the year's row for an action, so a publication cannot slip between check and write. */
    Optional<EnrollmentYear> lock(long id) {
        jdbc.sql("select id from enrollment_year where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    Page<EnrollmentYear> ofOrganisation(long organisationId, String sort, int page, int size) {
        long total = jdbc.sql("select count(*) from enrollment_year where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
        List<EnrollmentYear> rows = jdbc.sql(YEAR + " where y.organisation_id = ? order by " + SORTS.getOrDefault(sort, SORTS.get("year"))
                        + " limit ? offset ?")
                .params(organisationId, size, Page.offset(page, size)).query(EnrollmentStore::year).list();
        return new Page<>(rows, page, size, total);
    }

    Optional<EnrollmentYear> latestBefore(long organisationId, int year) {
        return jdbc.sql(YEAR + " where y.organisation_id = ? and y.year < ? order by y.year desc limit 1")
                .params(organisationId, year).query(EnrollmentStore::year).optional();
    }

    List<EnrollmentYear> publishedOf(long organisationId) {
        return jdbc.sql(YEAR + " where y.organisation_id = ? and y.status = 'PUBLISHED' order by y.year desc")
                .param(organisationId).query(EnrollmentStore::year).list();
    }

    boolean anyPublished(long organisationId) {
        return jdbc.sql("select exists (select 1 from enrollment_year where organisation_id = ? and status = 'PUBLISHED')")
                .param(organisationId).query(Boolean.class).single();
    }

    /** Published years of every organisation, the newest publication first, for the sitemap. */
    List<PublishedYear> published(int max) {
        return jdbc.sql("""
                        select o.slug, y.year, y.published_at from enrollment_year y join organisation o on o.id = y.organisation_id
                         where y.status = 'PUBLISHED' order by y.published_at desc limit ?""")
                .param(max).query((rs, i) -> new PublishedYear(rs.getString("slug"), rs.getInt("year"),
                        rs.getTimestamp("published_at").toInstant())).list();
    }

    record PublishedYear(String slug, int year, java.time.Instant publishedAt) {
    }

    long draftsOf(long organisationId) {
        return jdbc.sql("select count(*) from enrollment_year where organisation_id = ? and status = 'DRAFT'")
                .param(organisationId).query(Long.class).single();
    }

    boolean saveTexts(long id, int version, String policy, String migrantRules) {
        return jdbc.sql("""
                        update enrollment_year set policy = ?, migrant_rules = ?, version = version + 1
                         where id = ? and version = ? and status = 'DRAFT'""")
                .params(policy, migrantRules, id, version).update() == 1;
    }

    boolean publish(long id, int version, String title, String url, long by) {
        return jdbc.sql("""
                        update enrollment_year set status = 'PUBLISHED', decision_title = :title, decision_url = :url,
                               published_at = now(), published_by = :by, version = version + 1
                         where id = :id and version = :version and status = 'DRAFT'""")
                .param("title", title).param("url", url).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    void touch(long id) {
        jdbc.sql("update enrollment_year set version = version + 1 where id = ?").param(id).update();
    }

    List<EnrollmentSchool> schools(long yearId) {
        return jdbc.sql(SCHOOL + " where enrollment_year_id = ?"
                        + " order by case stage when 'PRIMARY' then 0 else 1 end, name, id").param(yearId)
                .query(EnrollmentStore::school).list();
    }

    Optional<EnrollmentSchool> school(long id) {
        return jdbc.sql(SCHOOL + " where id = ?").param(id).query(EnrollmentStore::school).optional();
    }

    boolean schoolTaken(long yearId, Stage stage, String name) {
        return jdbc.sql("select exists (select 1 from enrollment_school where enrollment_year_id = ? and stage = ? and name = ?)")
                .params(yearId, stage.name(), name).query(Boolean.class).single();
    }

    long insertSchool(long yearId, String name, Stage stage, int places, String address, String note) {
        return jdbc.sql("""
                        insert into enrollment_school (enrollment_year_id, name, stage, places, address, note)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(yearId, name, stage.name(), places, address, note).query(Long.class).single();
    }

    void deleteSchool(long id) {
        jdbc.sql("delete from enrollment_school where id = ?").param(id).update();
    }

    List<ScheduleItem> schedule(long yearId) {
        return jdbc.sql(SCHEDULE + " where enrollment_year_id = ? order by starts_on, ends_on, id").param(yearId)
                .query(EnrollmentStore::item).list();
    }

    Optional<ScheduleItem> item(long id) {
        return jdbc.sql(SCHEDULE + " where id = ?").param(id).query(EnrollmentStore::item).optional();
    }

    long insertItem(long yearId, LocalDate startsOn, LocalDate endsOn, String what) {
        return jdbc.sql("""
                        insert into enrollment_schedule (enrollment_year_id, starts_on, ends_on, what)
                        values (?, ?, ?, ?) returning id""")
                .params(yearId, startsOn, endsOn, what).query(Long.class).single();
    }

    void deleteItem(long id) {
        jdbc.sql("delete from enrollment_schedule where id = ?").param(id).update();
    }

    private static EnrollmentYear year(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new EnrollmentYear(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                ZoningStatus.valueOf(rs.getString("status")), rs.getString("policy"), rs.getString("migrant_rules"),
                rs.getString("decision_title"), rs.getString("decision_url"),
                published == null ? null : published.toInstant(), rs.getInt("schools"), rs.getLong("places"),
                rs.getInt("schedule"), rs.getInt("version"));
    }

    private static EnrollmentSchool school(ResultSet rs, int i) throws SQLException {
        return new EnrollmentSchool(rs.getLong("id"), rs.getLong("enrollment_year_id"), rs.getString("name"),
                Stage.valueOf(rs.getString("stage")), rs.getInt("places"), rs.getString("address"), rs.getString("note"));
    }

    private static ScheduleItem item(ResultSet rs, int i) throws SQLException {
        return new ScheduleItem(rs.getLong("id"), rs.getLong("enrollment_year_id"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getString("what"));
    }
}
