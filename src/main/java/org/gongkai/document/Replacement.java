package org.gongkai.document;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A protected value and what the redacted revision shows instead (e.g. 110105********1234). */
public record Replacement(String original, String masked) {

    public Replacement {
        if (original == null || original.isEmpty() || masked == null || masked.contains(original)) {
            throw new IllegalArgumentException("a replacement needs a value and a mask that hides it");
        }
    }

    /** The text with every occurrence of every original replaced, longest originals first. */
    static String apply(String text, Collection<Replacement> replacements) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Replacement r : longestFirst(replacements)) {
            out = out.replace(r.original(), r.masked());
        }
        return out;
    }

    static boolean anyIn(String text, Collection<Replacement> replacements) {
        return text != null && replacements.stream().anyMatch(r -> text.contains(r.original()));
    }

    static List<Replacement> longestFirst(Collection<Replacement> replacements) {
        return replacements.stream().sorted(Comparator.comparingInt((Replacement r) -> r.original().length()).reversed())
                .toList();
    }
}
