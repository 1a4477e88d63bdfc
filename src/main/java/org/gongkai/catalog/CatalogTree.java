package org.gongkai.catalog;

import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads catalogs. No permission checks here: callers on behalf of a user check {@code OrganisationAccess}. */
@Service
public class CatalogTree {

    /**
     * A node in tree order.
     *
     * @param depth 0 for a top-level node
     * @param first whether it is the first of its siblings
     * @param last  whether it is the last of its siblings
     */
    public record Entry(CatalogNode node, int depth, boolean first, boolean last) {
    }

    private final CatalogNodes nodes;

    CatalogTree(CatalogNodes nodes) {
        this.nodes = nodes;
    }

    /** The organisation's catalog: parents before their children, siblings by position. */
    public List<Entry> nodesOf(long organisationId) {
        List<CatalogNodes.Row> rows = nodes.tree(organisationId);
        List<Entry> entries = new ArrayList<>(rows.size());
        for (CatalogNodes.Row row : rows) {
            CatalogNode n = row.node();
            boolean first = rows.stream().noneMatch(o -> sameParent(o.node(), n) && o.node().position() < n.position());
            boolean last = rows.stream().noneMatch(o -> sameParent(o.node(), n) && o.node().position() > n.position());
            entries.add(new Entry(n, row.depth(), first, last));
        }
        return entries;
    }

    public Optional<CatalogNode> find(long id) {
        return nodes.find(id);
    }

    public CatalogNode get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("catalog node", id));
    }

    /** The node as part of the organisation's catalog; 404 when it is missing or belongs to another organisation. */
    public CatalogNode get(long organisationId, long id) {
        return find(id).filter(n -> n.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("catalog node", id));
    }

    /** From the top-level node down to the node itself, for breadcrumbs; empty when there is no such node. */
    public List<CatalogNode> path(long id) {
        return nodes.ancestry(id);
    }

    /** The children of a node, or the top-level nodes when {@code parentId} is null. */
    public List<CatalogNode> children(long organisationId, Long parentId) {
        return nodes.children(organisationId, parentId);
    }

    /** The ids of the node and of every node below it. */
    public List<Long> subtreeIds(long id) {
        return nodes.subtreeIds(id);
    }

    public boolean isEmpty(long organisationId) {
        return nodes.count(organisationId) == 0;
    }

    private static boolean sameParent(CatalogNode a, CatalogNode b) {
        return a.parentId() == null ? b.parentId() == null : a.parentId().equals(b.parentId());
    }
}
