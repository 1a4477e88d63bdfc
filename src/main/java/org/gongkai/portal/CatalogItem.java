package org.gongkai.portal;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalog node on the public site with the number of published documents filed under it or any node below it.
 */
record CatalogItem(CatalogNode node, long count, List<CatalogItem> children) {

    /** Nests the entries (given parents first) and sums each node's own count with its descendants'. */
    static List<CatalogItem> tree(List<CatalogTree.Entry> entries, Map<Long, Long> ownCounts) {
        Map<Long, List<CatalogNode>> childrenOf = new HashMap<>();
        List<CatalogNode> roots = new ArrayList<>();
        for (CatalogTree.Entry e : entries) {
            CatalogNode n = e.node();
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                childrenOf.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
            childrenOf.putIfAbsent(n.id(), new ArrayList<>());
        }
        return roots.stream().map(n -> build(n, childrenOf, ownCounts)).toList();
    }

    private static CatalogItem build(CatalogNode n, Map<Long, List<CatalogNode>> childrenOf, Map<Long, Long> counts) {
        List<CatalogItem> kids = childrenOf.getOrDefault(n.id(), List.of()).stream()
                .map(c -> build(c, childrenOf, counts)).toList();
        long total = counts.getOrDefault(n.id(), 0L) + kids.stream().mapToLong(CatalogItem::count).sum();
        return new CatalogItem(n, total, kids);
    }
}
