package org.gongkai.review;

import org.gongkai.platform.web.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents waiting for review whose current revision still has screening findings to decide, with how many of
 * each kind: the reviewer's list and the count on the work list come from the same condition, so they agree.
 * Findings are tied to editions and revisions by key (V15), so the condition reads the edition's state and title.
 */
@Repository
class OpenFindings {

    /** One document waiting for review, its open findings by kind (most first), and since when it waits. */
    record Waiting(long documentId, String title, Map<FindingKind, Integer> byKind, int total, Instant since) {
    }

    private static final String CONDITION = " " + """
             from screening_finding f
             join edition e on e.id = f.edition_id and e.revision_id = f.revision_id
             where f.organisation_id = :org and f.status = 'OPEN' and e.status = 'SUBMITTED'""";

    private final JdbcClient jdbc;

    OpenFindings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count(long organisationId) {
        return jdbc.sql("select count(*)" + CONDITION).param("org", organisationId).query(Long.class).single();
    }

    /** Longest waiting first. */
    Page<Waiting> documents(long organisationId, int page, int size) {
        long total = jdbc.sql("select count(distinct f.document_id)" + CONDITION).param("org", organisationId)
                .query(Long.class).single();
        List<Long> ids = jdbc.sql("select f.document_id, min(e.updated_at) as since" + CONDITION
                        + " group by f.document_id order by since, f.document_id limit :limit offset :offset")
                .param("org", organisationId).param("limit", size).param("offset", Page.offset(page, size))
                .query((rs, i) -> rs.getLong(1)).list();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), page, size, total);
        }
        Map<Long, Waiting> byDocument = new LinkedHashMap<>();
        ids.forEach(id -> byDocument.put(id, null));
        jdbc.sql("""
                        select f.document_id, r.title, e.updated_at, f.kind, count(*) as n
                        """ + CONDITION.replace("where", "join revision r on r.id = e.revision_id where")
                        + " and f.document_id in (:ids) group by f.document_id, r.title, e.updated_at, f.kind"
                        + " order by n desc, f.kind")
                .param("org", organisationId).param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong("document_id");
                    Timestamp since = rs.getTimestamp("updated_at");
                    Waiting w = byDocument.get(id);
                    Map<FindingKind, Integer> kinds = w == null ? new LinkedHashMap<>() : w.byKind();
                    kinds.put(FindingKind.valueOf(rs.getString("kind")), rs.getInt("n"));
                    byDocument.put(id, new Waiting(id, rs.getString("title"), kinds,
                            (w == null ? 0 : w.total()) + rs.getInt("n"), since.toInstant()));
                });
        return new Page<>(List.copyOf(byDocument.values()), page, size, total);
    }
}
