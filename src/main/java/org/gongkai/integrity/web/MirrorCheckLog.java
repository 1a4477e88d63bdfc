package org.gongkai.integrity.web;

import org.gongkai.integrity.MirrorVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;

/** The table of public mirror checks. */
@Repository
class MirrorCheckLog {

    record Entry(long id, OffsetDateTime checkedAt, String ipHash, String source, MirrorVerdict verdict,
                 String matchedDocId, Double similarity, int sizeBytes) {
        public String shortHash() {
            return ipHash.substring(0, 12);
        }
    }

    private final JdbcClient jdbc;

    MirrorCheckLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String ipHash, String source, MirrorVerdict verdict, String matchedDocId, Double similarity, int size) {
        jdbc.sql("""
                        insert into mirror_check (ip_hash, source, verdict, matched_doc_id, similarity, size_bytes)
                        values (:h, :s, :v, :m, :sim, :size)""")
                .param("h", ipHash).param("s", source).param("v", verdict.name()).param("m", matchedDocId)
                .param("sim", similarity).param("size", size).update();
    }

    List<Entry> latest(int limit, int offset) {
        return jdbc.sql("""
                        select id, checked_at, ip_hash, source, verdict, matched_doc_id, similarity, size_bytes
                          from mirror_check order by checked_at desc, id desc limit :l offset :o""")
                .param("l", limit).param("o", offset)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), MirrorVerdict.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7) == null ? null : rs.getDouble(7), rs.getInt(8)))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from mirror_check").query(Long.class).single();
    }
}
