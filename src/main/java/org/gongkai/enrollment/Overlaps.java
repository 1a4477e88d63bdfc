package org.gongkai.enrollment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs of rules of different schools that cover the same addresses: the same compound, or ranges of the same street
 * that share a house number on a side both admit. The public look-up answers such addresses "several schools"; staff
 * see the pairs before they publish.
 */
final class Overlaps {

    record Overlap(ZoningRule first, ZoningRule second) {
    }

    private Overlaps() {
    }

    static List<Overlap> of(List<ZoningRule> rules, int limit) {
        Map<String, List<ZoningRule>> groups = new LinkedHashMap<>();
        for (ZoningRule r : rules) {
            groups.computeIfAbsent(r.isCompound() ? "C|" + r.compoundKey() : "S|" + r.streetKey(), k -> new ArrayList<>()).add(r);
        }
        List<Overlap> out = new ArrayList<>();
        for (List<ZoningRule> group : groups.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    ZoningRule a = group.get(i);
                    ZoningRule b = group.get(j);
                    if (!a.school().equals(b.school()) && share(a, b)) {
                        out.add(new Overlap(a, b));
                        if (out.size() >= limit) {
                            return out;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Whether two rules of one street or compound cover a common address. */
    static boolean share(ZoningRule a, ZoningRule b) {
        if (a.isCompound()) {
            return true;
        }
        int from = Math.max(a.hasRange() ? a.numberFrom() : 1, b.hasRange() ? b.numberFrom() : 1);
        int to = Math.min(a.hasRange() ? a.numberTo() : RuleChecks.NUMBER_MAX, b.hasRange() ? b.numberTo() : RuleChecks.NUMBER_MAX);
        for (int n = from; n <= to && n <= from + 1; n++) { // two consecutive numbers cover both sides
            if (a.parity().admits(n) && b.parity().admits(n)) {
                return true;
            }
        }
        return false;
    }
}
