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
                    select n.*, array[n.name::text] as names, array[n.position::bigint, n.id] as sort_path
                      from catalog_node n where n.organisation_id = any(?) and n.parent_id is null
                    union all
                    select n.*, t.names || n.name::text, t.sort_path || array[n.position::bigint, n.id]
                      from catalog_node n join t on n.parent_id = t.id)
                select id, organisation_id, parent_id, name, openness_class, column_kind, time_limit_days, position,
                       description, version, names
                  from t
                 where not exists (select 1 from catalog_node c where c.parent_id = t.id)
                 order by organisation_id, sort_path""")
                .param(organisationIds.toArray(Long[]::new))
                .query((rs, i) -> new Column(CatalogNodes.map(rs, i), names(rs.getArray("names"))))
                .list();
    }

    private static List<String> names(Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
