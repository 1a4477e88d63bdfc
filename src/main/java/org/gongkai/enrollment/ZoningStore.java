package org.gongkai.enrollment;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

/** SQL for zonings and their rules (zoning, zoning_rule, V60). */
@Repository
class ZoningStore {

    private static final String ZONING = """
            select z.id, z.organisation_id, z.year, z.status, z.decision_title, z.decision_url, z.published_at, z.version,
                   (select count(*) from zoning_rule r where r.zoning_id = z.id) as rules,
                   (select count(distinct r.school) from zoning_rule r where r.zoning_id = z.id) as schools
              from zoning z""";
    private static final String RULE = """
            select id, zoning_id, school, street, street_key, number_from, number_to, parity, compound, compound_key, note
              from zoning_rule""";

    private final JdbcClient jdbc;

    ZoningStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, int year, long by) {
        return jdbc.sql("insert into zoning (organisation_id, year, created_by) values (?, ?, ?) returning id")
                .params(organisationId, year, by).query(Long.class).single();
    }

    boolean yearTaken(long organisationId, int year) {
        return jdbc.sql("select exists (select 1 from zoning where organisation_id = ? and year = ?)")
                .params(organisationId, year).query(Boolean.class).single();
    }

    Optional<Zoning> find(long id) {
        return jdbc.sql(ZONING + " where z.id = ?").param(id).query(ZoningStore::zoning).optional();
    }

    /** Locks the zoning row for an action on its rules, so a publication cannot slip between check and write. */
    Optional<Zoning> lock(long id) {
        jdbc.sql("select id from zoning where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    List<Zoning> ofOrganisation(long organisationId) {
        return jdbc.sql(ZONING + " where z.organisation_id = ? order by z.year desc").param(organisationId)
                .query(ZoningStore::zoning).list();
    }

    List<Zoning> publishedOf(long organisationId) {
        return jdbc.sql(ZONING + " where z.organisation_id = ? and z.status = 'PUBLISHED' order by z.year desc")
                .param(organisationId).query(ZoningStore::zoning).list();
    }

    boolean anyPublished(long organisationId) {
        return jdbc.sql("select exists (select 1 from zoning where organisation_id = ? and status = 'PUBLISHED')")
                .param(organisationId).query(Boolean.class).single();
    }

    long draftsOf(long organisationId) {
        return jdbc.sql("select count(*) from zoning where organisation_id = ? and status = 'DRAFT'")
                .param(organisationId).query(Long.class).single();
    }

    boolean publish(long id, int version, String title, String url, long by) {
        return jdbc.sql("""
                        update zoning set status = 'PUBLISHED', decision_title = :title, decision_url = :url,
                               published_at = now(), published_by = :by, version = version + 1
                         where id = :id and version = :version and status = 'DRAFT'""")
                .param("title", title).param("url", url).param("by", by).param("id", id).param("version", version)
                .update() == 1;
    }

    void touch(long id) {
        jdbc.sql("update zoning set version = version + 1 where id = ?").param(id).update();
    }

    Page<ZoningRule> rules(long zoningId, String school, int page, int size) {
        String where = " where zoning_id = :z" + (school == null ? "" : " and school = :school");
        var count = jdbc.sql("select count(*) from zoning_rule" + where).param("z", zoningId);
        var list = jdbc.sql(RULE + where + " order by school, street_key nulls last, number_from nulls first, compound_key, id"
                + " limit :limit offset :offset").param("z", zoningId);
        if (school != null) {
            count = count.param("school", school);
            list = list.param("school", school);
        }
        long total = count.query(Long.class).single();
        List<ZoningRule> rows = list.param("limit", size).param("offset", Page.offset(page, size))
                .query(ZoningStore::rule).list();
        return new Page<>(rows, page, size, total);
    }

    List<ZoningRule> allRules(long zoningId) {
        return jdbc.sql(RULE + " where zoning_id = ? order by id").param(zoningId).query(ZoningStore::rule).list();
    }

    List<String> schools(long zoningId) {
        return jdbc.sql("select distinct school from zoning_rule where zoning_id = ? order by school").param(zoningId)
                .query(String.class).list();
    }

    Optional<ZoningRule> rule(long id) {
        return jdbc.sql(RULE + " where id = ?").param(id).query(ZoningStore::rule).optional();
    }

    long insertRule(long zoningId, RuleValues v) {
        return jdbc.sql("""
                        insert into zoning_rule (zoning_id, school, street, street_key, number_from, number_to, parity,
                                                 compound, compound_key, note)
                        values (:z, :school, :street, :streetKey, :from, :to, :parity, :compound, :compoundKey, :note)
                        returning id""")
                .param("z", zoningId).param("school", v.school()).param("street", v.street())
                .param("streetKey", v.streetKey()).param("from", v.numberFrom()).param("to", v.numberTo())
                .param("parity", v.parity().name()).param("compound", v.compound()).param("compoundKey", v.compoundKey())
                .param("note", v.note()).query(Long.class).single();
    }

    void updateRule(long id, RuleValues v) {
        jdbc.sql("""
                        update zoning_rule set school = :school, street = :street, street_key = :streetKey,
                               number_from = :from, number_to = :to, parity = :parity, compound = :compound,
                               compound_key = :compoundKey, note = :note
                         where id = :id""")
                .param("school", v.school()).param("street", v.street())
                .param("streetKey", v.streetKey()).param("from", v.numberFrom()).param("to", v.numberTo())
                .param("parity", v.parity().name()).param("compound", v.compound()).param("compoundKey", v.compoundKey())
                .param("note", v.note()).param("id", id).update();
    }

    void deleteRule(long id) {
        jdbc.sql("delete from zoning_rule where id = ?").param(id).update();
    }

    int deleteRules(long zoningId) {
        return jdbc.sql("delete from zoning_rule where zoning_id = ?").param(zoningId).update();
    }

    /** Inserts many rules in one statement (arrays unnested), so a county's 100,000 rules load in seconds. */
    void insertRules(long zoningId, List<RuleValues> rules) {
        int chunk = 5_000;
        for (int start = 0; start < rules.size(); start += chunk) {
            List<RuleValues> part = rules.subList(start, Math.min(rules.size(), start + chunk));
            jdbc.sql("""
                            insert into zoning_rule (zoning_id, school, street, street_key, number_from, number_to, parity,
                                                     compound, compound_key, note)
                            select :z, * from unnest(:school, :street, :streetKey, :from, :to, :parity, :compound,
                                                     :compoundKey, :note)""")
                    .param("z", zoningId)
                    .param("school", text(part.stream().map(RuleValues::school).toArray()))
                    .param("street", text(part.stream().map(RuleValues::street).toArray()))
                    .param("streetKey", text(part.stream().map(RuleValues::streetKey).toArray()))
                    .param("from", new SqlArrayValue("integer", part.stream().map(RuleValues::numberFrom).toArray()))
                    .param("to", new SqlArrayValue("integer", part.stream().map(RuleValues::numberTo).toArray()))
                    .param("parity", text(part.stream().map(v -> v.parity().name()).toArray()))
                    .param("compound", text(part.stream().map(RuleValues::compound).toArray()))
                    .param("compoundKey", text(part.stream().map(RuleValues::compoundKey).toArray()))
                    .param("note", text(part.stream().map(RuleValues::note).toArray()))
                    .update();
        }
    }

    private static SqlArrayValue text(Object[] values) {
        return new SqlArrayValue("varchar", values);
    }

    private static Zoning zoning(ResultSet rs, int i) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Zoning(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                ZoningStatus.valueOf(rs.getString("status")), rs.getString("decision_title"), rs.getString("decision_url"),
                published == null ? null : published.toInstant(), rs.getInt("rules"), rs.getInt("schools"),
                rs.getInt("version"));
    }

    private static ZoningRule rule(ResultSet rs, int i) throws SQLException {
        return new ZoningRule(rs.getLong("id"), rs.getLong("zoning_id"), rs.getString("school"), rs.getString("street"),
                rs.getString("street_key"), (Integer) rs.getObject("number_from"), (Integer) rs.getObject("number_to"),
                Parity.valueOf(rs.getString("parity")), rs.getString("compound"), rs.getString("compound_key"),
                rs.getString("note"));
    }
}
