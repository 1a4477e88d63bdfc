package org.gongkai.consultation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** SQL for the versions of a consultation's text and their passages (V120). */
@Repository
class VersionStore {

    private static final String SELECT = """
            select id, number, kind, note, decision_document_id, created_at from consultation_version""";

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long consultationId, int number, boolean fin, String note, Long decisionDocumentId, long by,
                List<String> passages) {
        long id = jdbc.sql("""
                        insert into consultation_version (consultation_id, number, kind, note, decision_document_id,
                                                          created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(consultationId, number, fin ? "FINAL" : "DRAFT", note, decisionDocumentId, by)
                .query(Long.class).single();
        insertPassages(id, consultationId, passages);
        return id;
    }

    void insertPassages(long versionId, long consultationId, List<String> passages) {
        for (int i = 0; i < passages.size(); i++) {
            jdbc.sql("""
                            insert into consultation_passage (consultation_id, version_id, position, body)
                            values (?, ?, ?, ?)""")
                    .params(consultationId, versionId, i + 1, passages.get(i)).update();
        }
    }

    /** Every version, oldest first, the final text (if any) last. */
    List<Version> versions(long consultationId) {
        return jdbc.sql(SELECT + " where consultation_id = ? order by number").param(consultationId)
                .query(VersionStore::map).list();
    }

    /** The latest draft version: the one the public comments on. Every consultation has one. */
    Version current(long consultationId) {
        return jdbc.sql(SELECT + " where consultation_id = ? and kind = 'DRAFT' order by number desc limit 1")
                .param(consultationId).query(VersionStore::map).single();
    }

    Optional<Version> byNumber(long consultationId, int number) {
        return jdbc.sql(SELECT + " where consultation_id = ? and number = ?").params(consultationId, number)
                .query(VersionStore::map).optional();
    }

    Optional<Version> finalText(long consultationId) {
        return jdbc.sql(SELECT + " where consultation_id = ? and kind = 'FINAL'").param(consultationId)
                .query(VersionStore::map).optional();
    }

    List<Passage> passages(long versionId) {
        return jdbc.sql("select id, position, body from consultation_passage where version_id = ? order by position")
                .param(versionId).query((rs, i) -> new Passage(rs.getLong(1), rs.getInt(2), rs.getString(3))).list();
    }

    /** Where each passage of every version of the consultation sits, by passage id. */
    Map<Long, PassageRef> refs(long consultationId) {
        return jdbc.sql("""
                        select p.id, v.number, p.position, v.kind from consultation_passage p
                          join consultation_version v on v.id = p.version_id where p.consultation_id = ?""")
                .param(consultationId)
                .query((rs, i) -> new PassageRef(rs.getLong(1), rs.getInt(2), rs.getInt(3), "FINAL".equals(rs.getString(4))))
                .list().stream()
                .collect(Collectors.toMap(PassageRef::id, Function.identity()));
    }

    private static Version map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Version(rs.getLong("id"), rs.getInt("number"), "FINAL".equals(rs.getString("kind")),
                rs.getString("note"), (Long) rs.getObject("decision_document_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
