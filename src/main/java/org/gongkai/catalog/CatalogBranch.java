package org.gongkai.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A node with the nodes below it, for pages and the API that show the catalog nested. */
record CatalogBranch(CatalogTree.Entry entry, List<CatalogBranch> children) {

    /** Nests entries given in tree order. */
    static List<CatalogBranch> nest(List<CatalogTree.Entry> entries) {
        Map<Long, List<CatalogBranch>> childrenOf = new HashMap<>();
        List<CatalogBranch> roots = new ArrayList<>();
        for (CatalogTree.Entry e : entries) {
            CatalogBranch branch = new CatalogBranch(e, new ArrayList<>());
            childrenOf.put(e.node().id(), branch.children());
            Long parent = e.node().parentId();
            (parent == null ? roots : childrenOf.getOrDefault(parent, roots)).add(branch);
        }
        return roots;
    }
}
