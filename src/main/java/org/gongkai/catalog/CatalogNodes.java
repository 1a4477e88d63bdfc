package org.gongkai.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** SQL for catalog nodes. */
@Repository
class CatalogNodes {

    record Row(CatalogNode node, int depth) {
    }

    /** A validated node's content, ready to store. */
    record Content(Long parentId, String name, OpennessClass opennessClass, ColumnKind columnKind, int timeLimitDays,
                   String description) {
    }

    private static final String COLUMNS = """
            id, organisation_id, parent_id, name, openness_class, column_kind, time_limit_days, position,
            description, version""";

    private final JdbcClient jdbc;

    CatalogNodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogNode> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from catalog_node where id = ?").param(id)
                .query(CatalogNodes::map).optional();
    }

    /** The organisation's nodes, parents before children, siblings by position, with their depth from 0. */
    List<Row> tree(long organisationId) {
        return jdbc.sql("""
                with recursive t as (
                    select n.*, 0 as depth, array[n.position, n.id] as sort_path
                      from catalog_node n where organisation_id = ? and parent_id is null
                    union all
                    select n.*, t.depth + 1, t.sort_path || array[n.position, n.id]
                      from catalog_node n join t on n.parent_id = t.id)
                select %s, depth from t order by sort_path""".formatted(COLUMNS))
                .param(organisationId)
                .query((rs, i) -> new Row(map(rs, i), rs.getInt("depth"))).list();
    }

    List<CatalogNode> children(long organisationId, Long parentId) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from catalog_node where organisation_id = ? and parent_id is not distinct from ?
                 order by position, id""")
                .params(organisationId, parentId).query(CatalogNodes::map).list();
    }

    /** The chain from the top-level node down to the node, inclusive. */
    List<CatalogNode> ancestry(long id) {
        return jdbc.sql("""
                with recursive up as (
                    select n.*, 0 as height from catalog_node n where id = ?
                    union all
                    select n.*, up.height + 1 from catalog_node n join up on n.id = up.parent_id)
                select %s from up order by height desc""".formatted(COLUMNS))
                .param(id).query(CatalogNodes::map).list();
    }

    /** The ids of the node and all nodes below it. */
    List<Long> subtreeIds(long id) {
        return jdbc.sql("""
                with recursive down as (
                    select id from catalog_node where id = ?
                    union all
                    select n.id from catalog_node n join down on n.parent_id = down.id)
                select id from down""").param(id).query(Long.class).list();
    }

    boolean hasChildren(long id) {
        return jdbc.sql("select exists (select 1 from catalog_node where parent_id = ?)").param(id)
                .query(Boolean.class).single();
    }

    long count(long organisationId) {
        return jdbc.sql("select count(*) from catalog_node where organisation_id = ?").param(organisationId)
                .query(Long.class).single();
    }

    boolean nameTaken(long organisationId, Long parentId, String name, Long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from catalog_node
                 where organisation_id = ? and parent_id is not distinct from ? and name = ?
                   and id is distinct from ?)""")
                .params(organisationId, parentId, name, exceptId).query(Boolean.class).single();
    }

    /** Inserts the node as the last of its siblings. */
    long insert(long organisationId, Content c) {
        return jdbc.sql("""
                insert into catalog_node (organisation_id, parent_id, name, openness_class, column_kind,
                                          time_limit_days, description, position)
                values (?, ?, ?, ?, ?, ?, ?,
                        (select coalesce(max(position) + 1, 0) from catalog_node
                          where organisation_id = ? and parent_id is not distinct from ?))
                returning id""")
                .params(organisationId, c.parentId(), c.name(), c.opennessClass().name(), c.columnKind().name(),
                        c.timeLimitDays(), c.description(), organisationId, c.parentId())
                .query(Long.class).single();
    }

    /**
     * Stores new content if the node still has the expected version; a node given a new parent becomes its last child.
     *
     * @return false when the node was changed meanwhile
     */
    boolean update(long id, int expectedVersion, Content c) {
        return jdbc.sql("""
                update catalog_node n
                   set position = case when n.parent_id is not distinct from :parent then n.position
                                  else (select coalesce(max(s.position) + 1, 0) from catalog_node s
                                         where s.organisation_id = n.organisation_id
                                           and s.parent_id is not distinct from :parent) end,
                       parent_id = :parent, name = :name, openness_class = :cls, column_kind = :kind,
                       time_limit_days = :days, description = :description,
                       version = n.version + 1, updated_at = now()
                 where n.id = :id and n.version = :version""")
                .param("parent", c.parentId(), java.sql.Types.BIGINT).param("name", c.name())
                .param("cls", c.opennessClass().name()).param("kind", c.columnKind().name())
                .param("days", c.timeLimitDays()).param("description", c.description())
                .param("id", id).param("version", expectedVersion).update() == 1;
    }

    /** Exchanges the places of two siblings in one statement. */
    void swapPositions(CatalogNode a, CatalogNode b) {
        jdbc.sql("""
                update catalog_node
                   set position = case id when ? then ? else ? end, version = version + 1, updated_at = now()
                 where id in (?, ?)""")
                .params(a.id(), b.position(), a.position(), a.id(), b.id()).update();
    }

    void delete(long id) {
        jdbc.sql("delete from catalog_node where id = ?").param(id).update();
    }

    static CatalogNode map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new CatalogNode(rs.getLong("id"), rs.getLong("organisation_id"), parentId, rs.getString("name"),
                OpennessClass.valueOf(rs.getString("openness_class")), ColumnKind.valueOf(rs.getString("column_kind")),
                rs.getInt("time_limit_days"), rs.getInt("position"), rs.getString("description"), rs.getInt("version"));
    }
}
