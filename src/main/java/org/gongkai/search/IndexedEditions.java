package org.gongkai.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The database's record of which index instances exist and which edition of each document they hold. */
@Repository
class IndexedEditions {

    private final JdbcClient jdbc;

    IndexedEditions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean known(String index) {
        return jdbc.sql("select exists (select 1 from search_index where name = ?)").param(index)
                .query(Boolean.class).single();
    }

    void register(String index) {
        jdbc.sql("insert into search_index (name) values (?) on conflict do nothing").param(index).update();
    }

    void record(String index, long documentId, long editionId) {
        register(index);
        jdbc.sql("""
                insert into search_indexed (index_name, document_id, edition_id) values (?, ?, ?)
                on conflict (index_name, document_id) do update set edition_id = excluded.edition_id, indexed_at = now()""")
                .params(index, documentId, editionId).update();
    }

    void forget(String index, long documentId) {
        jdbc.sql("delete from search_indexed where index_name = ? and document_id = ?").params(index, documentId).update();
    }

    Map<Long, Long> recorded(String index) {
        Map<Long, Long> m = new HashMap<>();
        jdbc.sql("select document_id, edition_id from search_indexed where index_name = ?").param(index)
                .query(rs -> {
                    m.put(rs.getLong(1), rs.getLong(2));
                });
        return m;
    }

    /** After a rebuild: the index holds exactly these editions. */
    @Transactional
    void replaceAll(String index, Map<Long, Long> editions) {
        register(index);
        jdbc.sql("delete from search_indexed where index_name = ?").param(index).update();
        List<Map.Entry<Long, Long>> all = List.copyOf(editions.entrySet());
        for (int from = 0; from < all.size(); from += 5000) {
            List<Map.Entry<Long, Long>> chunk = all.subList(from, Math.min(all.size(), from + 5000));
            jdbc.sql("insert into search_indexed (index_name, document_id, edition_id)"
                            + " select ?, d, e from unnest(?::bigint[], ?::bigint[]) as t(d, e)")
                    .params(index, chunk.stream().map(Map.Entry::getKey).toArray(Long[]::new),
                            chunk.stream().map(Map.Entry::getValue).toArray(Long[]::new))
                    .update();
        }
    }
}
