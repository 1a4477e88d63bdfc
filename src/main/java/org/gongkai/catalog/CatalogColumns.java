package org.gongkai.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.Array;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The columns (栏目) of organisations' catalogs as a visitor of the public site meets them: the nodes without child
 * nodes, each listing the documents filed under it. (A node with children shows its sub-columns and everything
 * below it, so it is a heading rather than a column of its own.) Answers many organisations in one query, for
 * reports over a whole tree of organisations.
 */
@Service
public class CatalogColumns {

    /**
     * A column and the names of the nodes from its top-level node down to itself.
     */
    public record Column(CatalogNode node, List<String> path) {
    }

    private final JdbcClient jdbc;

    CatalogColumns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of the organisations, by organisation id, each organisation's in catalog order. */
    public List<Column> of(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                with recursive t as (
                    select id, array[name::text] as names, array[position::bigint, id] as sort_path
                      from catalog_node where organisation_id = any(?) and parent_id is null
                    union all
                    select n.id, t.names || n.name::text, t.sort_path || array[n.position::bigint, n.id]
                      from catalog_node n join t on n.parent_id = t.id)
                select n.id, n.organisation_id, n.parent_id, n.name, n.openness_class, n.column_kind,
                       n.time_limit_days, n.position, n.description, n.version, t.names
                  from t join catalog_node n on n.id = t.id
                 where not exists (select 1 from catalog_node c where c.parent_id = t.id)
                 order by n.organisation_id, t.sort_path""")
                .param(organisationIds.toArray(Long[]::new))
                .query((rs, i) -> new Column(CatalogNodes.map(rs, i), names(rs.getArray("names"))))
                .list();
    }

    private static List<String> names(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
