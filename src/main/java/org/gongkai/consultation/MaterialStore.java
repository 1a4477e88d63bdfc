package org.gongkai.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;

/** SQL for a consultation's materials (V138). */
@Repository
class MaterialStore {

    private final JdbcClient jdbc;

    MaterialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, long documentId, String label, long by) {
        return jdbc.sql("insert into consultation_material (consultation_id, document_id, label, created_by)"
                        + " values (?, ?, ?, ?) returning id")
                .params(consultationId, documentId, label, by).query(Long.class).single();
    }

    boolean exists(long consultationId, long documentId) {
        return jdbc.sql("select exists (select 1 from consultation_material where consultation_id = ? and document_id = ?)")
                .params(consultationId, documentId).query(Boolean.class).single();
    }

    int delete(long consultationId, long id) {
        return jdbc.sql("delete from consultation_material where id = ? and consultation_id = ?")
                .params(id, consultationId).update();
    }

    List<Material> of(long consultationId) {
        return jdbc.sql("select id, consultation_id, document_id, label from consultation_material"
                        + " where consultation_id = ? order by id").param(consultationId)
                .query((rs, i) -> new Material(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).list();
    }
}
