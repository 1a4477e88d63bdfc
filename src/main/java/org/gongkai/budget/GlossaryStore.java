package org.gongkai.budget;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the budget glossary ({@code budget_glossary_term}, V180). */
@Repository
class GlossaryStore {

    private static final String COLUMNS = "id, organisation_id, term, definition, source, citation, updated_at, version";

    private final JdbcClient jdbc;

    GlossaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<GlossaryTerm> list(long organisationId, String order, int page, int size) {
        long total = jdbc.sql("select count(*) from budget_glossary_term where organisation_id = ?")
                .param(organisationId).query(Long.class).single();
        List<GlossaryTerm> items = jdbc.sql("select " + COLUMNS + " from budget_glossary_term where organisation_id = ?"
                        + " order by " + order + ", id limit ? offset ?")
                .params(organisationId, size, Page.offset(page, size)).query(GlossaryStore::map).list();
        return new Page<>(items, page, size, total);
    }

    Optional<GlossaryTerm> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from budget_glossary_term where id = ?").param(id)
                .query(GlossaryStore::map).optional();
    }

    boolean exists(long organisationId, String term, Long except) {
        return jdbc.sql("select count(*) from budget_glossary_term where organisation_id = ? and term = ? and id <> ?")
                .params(organisationId, term, except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(long organisationId, String term, String definition, String source, String citation, long userId,
                Instant now) {
        return jdbc.sql("""
                insert into budget_glossary_term (organisation_id, term, definition, source, citation, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, term, definition, source, citation, java.sql.Timestamp.from(now), userId)
                .query(Long.class).single();
    }

    /** False when the row changed since it was read (its version moved on). */
    boolean update(long id, int version, String term, String definition, String source, String citation, long userId,
                   Instant now) {
        return jdbc.sql("""
                update budget_glossary_term set term = ?, definition = ?, source = ?, citation = ?, updated_at = ?,
                    updated_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(term, definition, source, citation, java.sql.Timestamp.from(now), userId, id, version)
                .update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from budget_glossary_term where id = ? and version = ?").params(id, version).update() == 1;
    }

    /**
     * The terms that apply to an organisation's publications: its own and those of every organisation above it
     * (the chain from the root, as given), a term kept lower down replacing the same term kept higher up; by term.
     */
    List<GlossaryTerm> applicable(List<Long> chainFromRoot) {
        if (chainFromRoot.isEmpty()) {
            return List.of();
        }
        List<GlossaryTerm> all = jdbc.sql("select " + COLUMNS + " from budget_glossary_term where organisation_id in (:ids)")
                .param("ids", chainFromRoot).query(GlossaryStore::map).list();
        Map<String, GlossaryTerm> byTerm = new LinkedHashMap<>();
        for (Long org : chainFromRoot) {
            all.stream().filter(t -> t.organisationId() == org).forEach(t -> byTerm.put(t.term(), t));
        }
        return byTerm.values().stream().sorted(java.util.Comparator.comparing(GlossaryTerm::term)).toList();
    }

    private static GlossaryTerm map(ResultSet rs, int row) throws SQLException {
        return new GlossaryTerm(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("term"),
                rs.getString("definition"), rs.getString("source"), rs.getString("citation"),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
