package org.gongkai.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups applications that ask for similar information: character bigrams of the descriptions (letters, digits and
 * CJK characters only), Jaccard similarity, single-link grouping at a threshold. Quadratic, meant for one
 * organisation's applications of the last months (a few thousand at most).
 */
final class SimilarRequests {

    /** A group of two or more similar requests. */
    record Group(List<QueueRow> members, double similarity) {
    }

    private SimilarRequests() {
    }

    static Set<String> bigrams(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        String s = sb.toString();
        Set<String> out = new HashSet<>();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        if (cps.length == 1) {
            out.add(s);
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    static List<Group> group(List<QueueRow> rows, double threshold) {
        int n = rows.size();
        List<Set<String>> grams = rows.stream().map(r -> bigrams(r.description())).toList();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double[] best = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = jaccard(grams.get(i), grams.get(j));
                if (s >= threshold) {
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri != rj) {
                        parent[rj] = ri;
                    }
                    best[i] = Math.max(best[i], s);
                    best[j] = Math.max(best[j], s);
                }
            }
        }
        java.util.Map<Integer, List<Integer>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> idx : byRoot.values()) {
            if (idx.size() > 1) {
                double min = idx.stream().mapToDouble(i -> best[i]).min().orElse(0);
                groups.add(new Group(idx.stream().map(rows::get).toList(), min));
            }
        }
        groups.sort((a, b) -> Integer.compare(b.members().size(), a.members().size()));
        return groups;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
