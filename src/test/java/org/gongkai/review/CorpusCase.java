package org.gongkai.review;

import java.util.List;

/** A snippet of the screening corpus and what the screening must find in it. */
record CorpusCase(String name, String text, List<Expected> expected) {

    /** A finding that must be reported: its kind and its matched text ({@code *} for any text, used for tables). */
    record Expected(FindingKind kind, String matched) {

        boolean accepts(Finding f) {
            return f.kind() == kind && ("*".equals(matched) || matched.equals(f.matched()));
        }
    }

    static Expected expect(FindingKind kind, String matched) {
        return new Expected(kind, matched);
    }
}
