package org.gongkai.interpretation;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for the interpretation links (V55). Reads no document table: titles and states come from the document module. */
@Repository
class InterpretationStore {

    /** The checked values of a new link. */
    record Values(long documentId, long policyDocumentId, long policyOrganisationId, long policyEditionId, InterpretationForm form,
                  Interpreter interpreter, String interpreterName, String mediaUrl, boolean followUp) {
    }

    private static final String SELECT = """
            select id, organisation_id, document_id, policy_document_id, policy_organisation_id, policy_edition_id, form, interpreter_role,
                   interpreter_name, media_url, follow_up, created_by, created_at from interpretation""";

    private final JdbcClient jdbc;

    InterpretationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long organisationId, Values v, long by) {
        return jdbc.sql("""
                        insert into interpretation (organisation_id, document_id, policy_document_id, policy_organisation_id,
                                                    policy_edition_id,
                                                    form, interpreter_role, interpreter_name, media_url, follow_up,
                                                    created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, v.documentId(), v.policyDocumentId(), v.policyOrganisationId(), v.policyEditionId(), v.form().name(),
                        v.interpreter().name(), v.interpreterName(), v.mediaUrl(), v.followUp(), by)
                .query(Long.class).single();
    }

    boolean exists(long documentId, long policyDocumentId) {
        return jdbc.sql("select exists (select 1 from interpretation where document_id = ? and policy_document_id = ?)")
                .params(documentId, policyDocumentId).query(Boolean.class).single();
    }

    void delete(long id) {
        jdbc.sql("delete from interpretation where id = ?").param(id).update();
    }

    Optional<Interpretation> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(InterpretationStore::map).optional();
    }

    /** The links of a policy document, oldest first (follow-up interpretations after the first). */
    List<Interpretation> ofPolicy(long policyDocumentId) {
        return jdbc.sql(SELECT + " where policy_document_id = ? order by created_at, id").param(policyDocumentId)
                .query(InterpretationStore::map).list();
    }

    /** The links a document makes as an interpretation. */
    List<Interpretation> byDocument(long documentId) {
        return jdbc.sql(SELECT + " where document_id = ? order by created_at, id").param(documentId)
                .query(InterpretationStore::map).list();
    }

    /** Every link touching the document, on either side. */
    List<Interpretation> touching(long documentId) {
        return jdbc.sql(SELECT + " where document_id = ? or policy_document_id = ?").params(documentId, documentId)
                .query(InterpretationStore::map).list();
    }

    /** The organisation's links, filtered by form, in the order asked for. */
    Page<Interpretation> list(long organisationId, InterpretationForm form, boolean oldestFirst, int page, int size) {
        String where = " where organisation_id = ?" + (form == null ? "" : " and form = ?");
        Object[] params = form == null ? new Object[] {organisationId} : new Object[] {organisationId, form.name()};
        long total = jdbc.sql("select count(*) from interpretation" + where).params(params).query(Long.class).single();
        List<Interpretation> items = jdbc.sql(SELECT + where + " order by created_at " + (oldestFirst ? "" : "desc")
                        + ", id " + (oldestFirst ? "" : "desc") + " limit " + size + " offset " + Page.offset(page, size))
                .params(params).query(InterpretationStore::map).list();
        return new Page<>(items, page, size, total);
    }

    /** Every link of the organisation, or of every organisation when null (for the public columns, which keep only what is public). */
    List<Interpretation> allOf(Long organisationId, InterpretationForm form) {
        java.util.List<Object> params = new java.util.ArrayList<>();
        java.util.List<String> where = new java.util.ArrayList<>();
        if (organisationId != null) {
            where.add("organisation_id = ?");
            params.add(organisationId);
        }
        if (form != null) {
            where.add("form = ?");
            params.add(form.name());
        }
        // across sites the column keeps the newest links only: it is a way in, not an archive (each site keeps all)
        return jdbc.sql(SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by created_at desc, id desc" + (organisationId == null ? " limit " + ACROSS_SITES_MAX : ""))
                .params(params.toArray()).query(InterpretationStore::map).list();
    }

    static final int ACROSS_SITES_MAX = 2000;

    /** The interpreting documents of the organisation, for the site's navigation. */
    List<Long> documentsOf(long organisationId) {
        return jdbc.sql("select distinct document_id from interpretation where organisation_id = ?")
                .param(organisationId).query(Long.class).list();
    }

    private static Interpretation map(ResultSet rs, int i) throws SQLException {
        return new Interpretation(rs.getLong("id"), rs.getLong("organisation_id"), rs.getLong("document_id"),
                rs.getLong("policy_document_id"), rs.getLong("policy_organisation_id"), rs.getLong("policy_edition_id"),
                InterpretationForm.valueOf(rs.getString("form")), Interpreter.valueOf(rs.getString("interpreter_role")),
                rs.getString("interpreter_name"), rs.getString("media_url"), rs.getBoolean("follow_up"),
                rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
