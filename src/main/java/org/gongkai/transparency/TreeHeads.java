package org.gongkai.transparency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The signed tree heads, one per tree size. */
@Repository
class TreeHeads {

    private final JdbcClient jdbc;

    TreeHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TreeHead> latest() {
        return jdbc.sql("select tree_size, timestamp_ms, root_hash, signature from tree_head order by tree_size desc limit 1")
                .query(TreeHeads::map).optional();
    }

    public Optional<TreeHead> ofSize(long treeSize) {
        return jdbc.sql("select tree_size, timestamp_ms, root_hash, signature from tree_head where tree_size = ?")
                .param(treeSize).query(TreeHeads::map).optional();
    }

    public List<TreeHead> all() {
        return jdbc.sql("select tree_size, timestamp_ms, root_hash, signature from tree_head order by tree_size")
                .query(TreeHeads::map).list();
    }

    void insert(TreeHead head, byte[] keyId) {
        jdbc.sql("insert into tree_head (tree_size, root_hash, timestamp_ms, signature, key_id) values (?, ?, ?, ?, ?)"
                        + " on conflict (tree_size) do nothing")
                .params(head.treeSize(), head.rootHash(), head.timestampMillis(), head.signature(), keyId).update();
    }

    private static TreeHead map(ResultSet rs, int row) throws SQLException {
        return new TreeHead(rs.getLong("tree_size"), rs.getLong("timestamp_ms"), rs.getBytes("root_hash"),
                rs.getBytes("signature"));
    }
}
