package org.gongkai.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An organisation in a tree listing, with its depth below the listing's top. */
record OrgEntry(Organisation organisation, int depth) {

    /** Depths for organisations given parents first (as {@link OrganisationDirectory#subtree} answers them). */
    static List<OrgEntry> outline(List<Organisation> treeOrder) {
        Map<Long, Integer> depth = new HashMap<>();
        List<OrgEntry> out = new ArrayList<>(treeOrder.size());
        for (Organisation o : treeOrder) {
            int d = o.parentId() != null && depth.containsKey(o.parentId()) ? depth.get(o.parentId()) + 1 : 0;
            depth.put(o.id(), d);
            out.add(new OrgEntry(o, d));
        }
        return out;
    }
}
