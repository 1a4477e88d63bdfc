package org.gongkai.transparency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The log's tables: leaves, the perfect subtree hashes beside them, and the append under one database lock. */
@Repository
class LeafStore implements NodeSource {

    /** pg_advisory_xact_lock key of appends ("gongkaiL"): one appender at a time across nodes, so indexes are dense. */
    static final long APPEND_LOCK = 0x676F6E676B61694CL;

    private static final String COLUMNS = "index, leaf_hash, leaf_data, kind, document_id, edition_id, appended_at";

    private final JdbcClient jdbc;

    LeafStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the append lock for the rest of the current transaction. */
    void lockForAppend() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query((rs, i) -> 1).single();
    }

    /** Appends the leaf at the next index and stores the subtree hashes it completes. Call under the append lock. */
    StoredLeaf append(LeafData leaf) {
        long index = size();
        byte[] data = leaf.encode();
        byte[] hash = MerkleHash.leaf(data);
        jdbc.sql("""
                insert into log_leaf (index, leaf_hash, leaf_data, kind, document_id, edition_id, index_number,
                                      content_hash, appended_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(index, hash, data, leaf.kind().name(), leaf.documentId(), leaf.editionId(),
                        leaf.indexNumber().isEmpty() ? null : leaf.indexNumber(), leaf.contentHash(),
                        Timestamp.from(leaf.timestamp()))
                .update();
        byte[] right = hash;
        long count = index + 1;
        for (int level = 1; count % (1L << level) == 0; level++) {
            long nodeIndex = count / (1L << level) - 1;
            byte[] left = node(level - 1, nodeIndex * 2);
            right = MerkleHash.node(left, right);
            jdbc.sql("insert into log_node (level, node_index, hash) values (?, ?, ?)")
                    .params(level, nodeIndex, right).update();
        }
        return new StoredLeaf(index, hash, data, leaf.kind(), leaf.documentId(), leaf.editionId(), leaf.timestamp());
    }

    public long size() {
        return jdbc.sql("select coalesce(max(index) + 1, 0) from log_leaf").query(Long.class).single();
    }

    public Optional<StoredLeaf> find(long editionId, LeafKind kind) {
        return jdbc.sql("select " + COLUMNS + " from log_leaf where edition_id = ? and kind = ?")
                .params(editionId, kind.name()).query(LeafStore::map).optional();
    }

    /** The leaf with this hash, if the log holds it. */
    public Optional<StoredLeaf> byLeafHash(byte[] leafHash) {
        return jdbc.sql("select " + COLUMNS + " from log_leaf where leaf_hash = ? order by index limit 1")
                .param(leafHash).query(LeafStore::map).optional();
    }

    /** The latest PUBLISHED leaf logged under a 索引号. */
    public Optional<StoredLeaf> latestPublishedByIndexNumber(String indexNumber) {
        return jdbc.sql("select " + COLUMNS + " from log_leaf where index_number = ? and kind = 'PUBLISHED'"
                        + " order by index desc limit 1")
                .param(indexNumber).query(LeafStore::map).optional();
    }

    public Optional<StoredLeaf> at(long index) {
        return jdbc.sql("select " + COLUMNS + " from log_leaf where index = ?").param(index)
                .query(LeafStore::map).optional();
    }

    /** The leaves of a document, oldest first. */
    public List<StoredLeaf> ofDocument(long documentId) {
        return jdbc.sql("select " + COLUMNS + " from log_leaf where document_id = ? order by index")
                .param(documentId).query(LeafStore::map).list();
    }

    /** Walks the leaves [0, size) in order, in batches. */
    public void each(long size, Consumer<StoredLeaf> action) {
        long next = 0;
        while (next < size) {
            List<StoredLeaf> batch = jdbc.sql("select " + COLUMNS
                            + " from log_leaf where index >= ? and index < ? order by index limit 1000")
                    .params(next, size).query(LeafStore::map).list();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(action);
            next = batch.get(batch.size() - 1).index() + 1;
        }
    }

    @Override
    public byte[] node(int level, long index) {
        if (level == 0) {
            return jdbc.sql("select leaf_hash from log_leaf where index = ?").param(index)
                    .query((rs, i) -> rs.getBytes(1)).optional()
                    .orElseThrow(() -> new IllegalStateException("no leaf " + index));
        }
        return jdbc.sql("select hash from log_node where level = ? and node_index = ?").params(level, index)
                .query((rs, i) -> rs.getBytes(1)).optional()
                .orElseThrow(() -> new IllegalStateException("no node " + level + "/" + index));
    }

    private static StoredLeaf map(ResultSet rs, int row) throws SQLException {
        return new StoredLeaf(rs.getLong("index"), rs.getBytes("leaf_hash"), rs.getBytes("leaf_data"),
                LeafKind.valueOf(rs.getString("kind")), rs.getLong("document_id"), rs.getLong("edition_id"),
                rs.getTimestamp("appended_at").toInstant());
    }
}
