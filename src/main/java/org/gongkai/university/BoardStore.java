package org.gongkai.university;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the boards ({@code uni_board_item}, {@code uni_board_document}). */
@Repository
class BoardStore {

    private static final String COLUMNS = """
            id, organisation_id, item_no, catalog_node_id, office, not_applicable, not_applicable_reason, changed_on,
            due_on, updated_by, updated_at, version""";

    /** What staff save for an item. */
    record Values(Long catalogNodeId, String office, boolean notApplicable, String notApplicableReason,
                  LocalDate changedOn, LocalDate dueOn, List<Long> documentIds) {
    }

    private final JdbcClient jdbc;

    BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The organisation's entries by item number. */
    Map<Integer, BoardEntry> entries(long organisationId) {
        Map<Long, List<Long>> docs = new HashMap<>();
        jdbc.sql("""
                select d.board_item_id, d.document_id from uni_board_document d
                  join uni_board_item i on i.id = d.board_item_id
                 where i.organisation_id = ? order by d.board_item_id, d.position""").param(organisationId)
                .query(rs -> {
                    docs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Map<Integer, BoardEntry> byItem = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from uni_board_item where organisation_id = ?").param(organisationId)
                .query((rs, i) -> map(rs, docs)).list().forEach(e -> byItem.put(e.itemNo(), e));
        return byItem;
    }

    Optional<BoardEntry> lock(long organisationId, int itemNo) {
        return jdbc.sql("select " + COLUMNS + " from uni_board_item where organisation_id = ? and item_no = ? for update")
                .params(organisationId, itemNo).query((rs, i) -> map(rs, Map.of())).optional()
                .map(e -> withDocuments(e, documents(e.id())));
    }

    long insert(long organisationId, int itemNo, Values v, long staffId) {
        long id = jdbc.sql("""
                insert into uni_board_item (organisation_id, item_no, catalog_node_id, office, not_applicable,
                       not_applicable_reason, changed_on, due_on, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(organisationId, itemNo, v.catalogNodeId(), v.office(), v.notApplicable(), v.notApplicableReason(),
                        v.changedOn(), v.dueOn(), staffId).query(Long.class).single();
        insertDocuments(id, v.documentIds());
        return id;
    }

    boolean update(long id, int version, Values v, long staffId) {
        int n = jdbc.sql("""
                update uni_board_item set catalog_node_id = ?, office = ?, not_applicable = ?, not_applicable_reason = ?,
                       changed_on = ?, due_on = ?, updated_by = ?, updated_at = now(), version = version + 1
                 where id = ? and version = ?""")
                .params(v.catalogNodeId(), v.office(), v.notApplicable(), v.notApplicableReason(), v.changedOn(),
                        v.dueOn(), staffId, id, version).update();
        if (n == 0) {
            return false;
        }
        jdbc.sql("delete from uni_board_document where board_item_id = ?").param(id).update();
        insertDocuments(id, v.documentIds());
        return true;
    }

    /** Which of these documents belong to the organisation (linking another organisation's document is refused). */
    List<Long> ownDocuments(long organisationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from document where organisation_id = ? and id = any(?)")
                .params(organisationId, ids.toArray(Long[]::new)).query(Long.class).list();
    }

    private void insertDocuments(long id, List<Long> documentIds) {
        for (int i = 0; i < documentIds.size(); i++) {
            jdbc.sql("insert into uni_board_document (board_item_id, document_id, position) values (?, ?, ?)")
                    .params(id, documentIds.get(i), i).update();
        }
    }

    private List<Long> documents(long id) {
        return jdbc.sql("select document_id from uni_board_document where board_item_id = ? order by position")
                .param(id).query(Long.class).list();
    }

    private static BoardEntry withDocuments(BoardEntry e, List<Long> docs) {
        return new BoardEntry(e.id(), e.organisationId(), e.itemNo(), e.catalogNodeId(), e.office(), e.notApplicable(),
                e.notApplicableReason(), e.changedOn(), e.dueOn(), e.updatedBy(), e.updatedAt(), e.version(), docs);
    }

    private static BoardEntry map(ResultSet rs, Map<Long, List<Long>> docs) throws SQLException {
        long node = rs.getLong("catalog_node_id");
        Long nodeId = rs.wasNull() ? null : node;
        long id = rs.getLong("id");
        return new BoardEntry(id, rs.getLong("organisation_id"), rs.getInt("item_no"), nodeId, rs.getString("office"),
                rs.getBoolean("not_applicable"), rs.getString("not_applicable_reason"),
                rs.getObject("changed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getLong("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"),
                List.copyOf(docs.getOrDefault(id, List.of())));
    }
}
