package org.gongkai.services;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The SQL of the work plans' and summaries' links to their documents. */
@Repository
class WorkPlanStore {

    private static final String COLUMNS = "id, organisation_id, year, kind, document_id, linked_at";

    private final JdbcClient jdbc;

    WorkPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Links the document as the year's plan or summary, replacing an earlier link; returns the one replaced. */
    Optional<Long> link(long organisationId, int year, WorkPlan.Kind kind, long documentId, long userId) {
        Optional<Long> before = jdbc.sql("select document_id from svc_work_plan where organisation_id = ? and year = ? and kind = ?")
                .params(organisationId, year, kind.name()).query(Long.class).optional();
        jdbc.sql("""
                        insert into svc_work_plan (organisation_id, year, kind, document_id, linked_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (organisation_id, year, kind)
                        do update set document_id = excluded.document_id, linked_by = excluded.linked_by, linked_at = now()""")
                .params(organisationId, year, kind.name(), documentId, userId).update();
        return before;
    }

    boolean unlink(long organisationId, long id) {
        return jdbc.sql("delete from svc_work_plan where id = ? and organisation_id = ?").params(id, organisationId)
                .update() == 1;
    }

    Optional<WorkPlan> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from svc_work_plan where id = ?").param(id)
                .query(WorkPlanStore::plan).optional();
    }

    List<WorkPlan> of(List<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from svc_work_plan where organisation_id in (:ids)"
                        + " order by year desc, organisation_id, kind")
                .param("ids", organisationIds).query(WorkPlanStore::plan).list();
    }

    /** The newest links of all organisations, at most {@code max}. */
    List<WorkPlan> newest(int max) {
        return jdbc.sql("select " + COLUMNS + " from svc_work_plan order by linked_at desc, id desc limit ?")
                .param(max).query(WorkPlanStore::plan).list();
    }

    private static WorkPlan plan(ResultSet rs, int n) throws SQLException {
        return new WorkPlan(rs.getLong("id"), rs.getLong("organisation_id"), rs.getInt("year"),
                WorkPlan.Kind.valueOf(rs.getString("kind")), rs.getLong("document_id"),
                rs.getTimestamp("linked_at").toInstant());
    }
}
