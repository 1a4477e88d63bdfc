package org.gongkai.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL of the negative list. */
@Repository
class NegativeListRepository {

    private static final String COLUMNS = """
            id, organisation_id, category, legal_basis, description, terms, review_date,
            created_by, created_at, updated_by, updated_at, version""";

    private final JdbcClient jdbc;

    NegativeListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NegativeListEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from negative_list_entry where id = ?").param(id)
                .query(NegativeListRepository::map).optional();
    }

    List<NegativeListEntry> ofOrganisations(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from negative_list_entry where organisation_id in (:orgs) order by category, id")
                .param("orgs", organisationIds).query(NegativeListRepository::map).list();
    }

    /** Category and legal basis only: the description and the terms never leave the database on this path. */
    List<NegativeListSummary> summaries(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select e.organisation_id, o.name, e.category, e.legal_basis
                from negative_list_entry e join organisation o on o.id = e.organisation_id
                where e.organisation_id in (:orgs) order by e.category, e.legal_basis, e.id""")
                .param("orgs", organisationIds)
                .query((rs, i) -> new NegativeListSummary(rs.getLong(1), rs.getString(2),
                        NegativeCategory.valueOf(rs.getString(3)), rs.getString(4))).list();
    }

    long insert(long organisationId, NegativeListDraft d, long actorId) {
        return jdbc.sql("""
                insert into negative_list_entry (organisation_id, category, legal_basis, description, terms, review_date,
                    created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, d.category().name(), d.legalBasis(), d.description(),
                        d.terms().toArray(String[]::new), d.reviewDate(), actorId, actorId)
                .query(Long.class).single();
    }

    boolean update(long id, int version, NegativeListDraft d, long actorId) {
        return jdbc.sql("""
                update negative_list_entry set category = ?, legal_basis = ?, description = ?, terms = ?, review_date = ?,
                    updated_by = ?, updated_at = now(), version = version + 1
                where id = ? and version = ?""")
                .params(d.category().name(), d.legalBasis(), d.description(), d.terms().toArray(String[]::new),
                        d.reviewDate(), actorId, id, version)
                .update() == 1;
    }

    boolean delete(long id, int version) {
        return jdbc.sql("delete from negative_list_entry where id = ? and version = ?").params(id, version).update() == 1;
    }

    static NegativeListEntry map(ResultSet rs, int row) throws SQLException {
        Array terms = rs.getArray("terms");
        long createdBy = rs.getLong("created_by");
        Long created = rs.wasNull() ? null : createdBy;
        long updatedBy = rs.getLong("updated_by");
        Long updated = rs.wasNull() ? null : updatedBy;
        return new NegativeListEntry(rs.getLong("id"), rs.getLong("organisation_id"),
                NegativeCategory.valueOf(rs.getString("category")), rs.getString("legal_basis"),
                rs.getString("description"), List.of((String[]) terms.getArray()),
                rs.getObject("review_date", java.time.LocalDate.class), created,
                rs.getTimestamp("created_at").toInstant(), updated, rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
