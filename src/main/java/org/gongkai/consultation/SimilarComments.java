package org.gongkai.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests groups of similar comments for a person to confirm: two comments are similar when the Jaccard index of
 * their sets of character pairs (bigrams, after dropping spaces and punctuation — Chinese has no word breaks) reaches
 * {@link #THRESHOLD}; a suggestion is a connected set of similar comments. A suggestion only; nothing is grouped
 * until staff say so.
 */
final class SimilarComments {

    static final double THRESHOLD = 0.5;

    private SimilarComments() {
    }

    /** Groups of two or more comment ids, in the order of their first comment. */
    static List<List<Long>> suggest(List<Comment> comments) {
        List<Set<String>> grams = comments.stream().map(c -> bigrams(c.body())).toList();
        int n = comments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similarity(grams.get(i), grams.get(j)) >= THRESHOLD) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Long>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(comments.get(i).id());
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / (a.size() + b.size() - both.size());
    }

    static Set<String> bigrams(String text) {
        String t = text == null ? "" : text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new HashSet<>();
        int[] cps = t.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        if (cps.length == 1) {
            out.add(t);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
