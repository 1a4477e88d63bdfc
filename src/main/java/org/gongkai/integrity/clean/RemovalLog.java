package org.gongkai.integrity.clean;

import org.gongkai.integrity.Removal;
import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects what the cleaning steps removed, counting repeats of the same text. Not thread-safe: one per page. */
public final class RemovalLog {

    private static final int MAX_TEXT = 200;

    private record Key(RemovalKind kind, String text) {
    }

    private final Map<Key, Integer> counts = new LinkedHashMap<>();
    private final Map<RemovalKind, Long> chars = new EnumMap<>(RemovalKind.class);

    public void record(RemovalKind kind, String text) {
        record(kind, text, 1);
    }

    public void record(RemovalKind kind, String text, int times) {
        if (text == null || text.isEmpty() || times <= 0) {
            return;
        }
        String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
        counts.merge(new Key(kind, shown), times, Integer::sum);
        chars.merge(kind, (long) text.codePointCount(0, text.length()) * times, Long::sum);
    }

    /** Code points removed (or changed) by one kind of step. */
    public long chars(RemovalKind kind) {
        return chars.getOrDefault(kind, 0L);
    }

    public int count(RemovalKind kind) {
        return counts.entrySet().stream().filter(e -> e.getKey().kind() == kind).mapToInt(Map.Entry::getValue).sum();
    }

    public List<Removal> removals() {
        List<Removal> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new Removal(k.kind(), k.text(), n)));
        return out;
    }
}
