package org.gongkai.services;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The public change history of a reply, a clean-up or a work-plan link, in the shape of the lists of powers'
 * ({@link PowerHistory}): each published edition, newest first, with the fields it changed from the one before (was →
 * now). A list field (a reply's promises, a clean-up's items) changes per element, named by its position or document.
 */
final class PublicHistory {

    /** What is shown of a value: a label key for a coded value, else the text; {@code field} names a nested part. */
    record Piece(String field, String text, String labelKey) {
    }

    /** One changed field (with {@code index} for an element of a list field), its raw values and what to show. */
    record Change(String field, String index, Object was, Object now, List<Piece> wasShown, List<Piece> nowShown) {
    }

    record Line(int editionNo, Instant publishedAt, Map<String, Object> fields, List<Change> changed) {
    }

    /** An edition as the JSON API gives it: stable field names, coded values, what changed from the one before. */
    record Json(int edition, Instant publishedAt, Map<String, Object> fields, List<JsonChange> changes) {
    }

    record JsonChange(String field, String index, Object was, Object now) {
    }

    static List<Json> json(List<Line> lines) {
        return lines.stream().map(l -> new Json(l.editionNo(), l.publishedAt(), l.fields(), l.changed().stream()
                .map(c -> new JsonChange(c.field(), c.index(), c.was(), c.now())).toList())).toList();
    }

    /** Which key names a list element, per list field. */
    private static final Map<String, String> ELEMENT_KEYS = Map.of("promises", "position", "items", "document");
    /** Label keys of coded values, per field. */
    private static final Map<String, String> CODES = Map.of("replyMode", "svc.reply.mode.",
            "classification", "svc.reply.class.", "satisfaction", "svc.reply.satisfaction.",
            "decision", "svc.cleanup.decision.");

    private PublicHistory() {
    }

    /** Lines newest first, from editions given newest first. */
    static List<Line> of(List<PublicEditions.Edition> newestFirst) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            PublicEditions.Edition e = newestFirst.get(i);
            List<Change> changes = i + 1 < newestFirst.size()
                    ? changes(e.part(), newestFirst.get(i + 1).fields(), e.fields()) : List.of();
            lines.add(new Line(e.editionNo(), e.publishedAt(), e.fields(), changes));
        }
        return lines;
    }

    static List<Change> changes(PublicEditions.Part part, Map<String, Object> was, Map<String, Object> now) {
        Set<String> keys = new LinkedHashSet<>(now.keySet());
        keys.addAll(was.keySet());
        List<Change> changes = new ArrayList<>();
        for (String k : keys) {
            Object a = was.get(k);
            Object b = now.get(k);
            if (Objects.equals(a, b)) {
                continue;
            }
            if (ELEMENT_KEYS.containsKey(k)) {
                Map<String, Object> before = elements(a, ELEMENT_KEYS.get(k));
                Map<String, Object> after = elements(b, ELEMENT_KEYS.get(k));
                Set<String> indexes = new LinkedHashSet<>(before.keySet());
                indexes.addAll(after.keySet());
                for (String index : indexes) {
                    if (!Objects.equals(before.get(index), after.get(index))) {
                        changes.add(change(part, k, index, before.get(index), after.get(index)));
                    }
                }
            } else {
                changes.add(change(part, k, null, a, b));
            }
        }
        return changes;
    }

    private static Change change(PublicEditions.Part part, String field, String index, Object was, Object now) {
        return new Change(field, index, was, now, shown(part, field, was), shown(part, field, now));
    }

    private static Map<String, Object> elements(Object list, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> m) {
                    out.put(String.valueOf(m.get(key)), o);
                }
            }
        }
        return out;
    }

    private static List<Piece> shown(PublicEditions.Part part, String field, Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Map<?, ?> m) {
            List<Piece> pieces = new ArrayList<>();
            m.forEach((k, v) -> {
                if (v != null && !k.equals(ELEMENT_KEYS.get(field))) {
                    pieces.add(piece(part, String.valueOf(k), v));
                }
            });
            return pieces;
        }
        Piece p = piece(part, field, value);
        return List.of(new Piece(null, p.text(), p.labelKey()));
    }

    private static Piece piece(PublicEditions.Part part, String field, Object value) {
        String text = String.valueOf(value);
        if (field.equals("kind")) {
            return new Piece(field, text, (part == PublicEditions.Part.WORK_PLAN ? "svc.plan.kind." : "svc.reply.kind.") + text);
        }
        if (CODES.containsKey(field)) {
            return new Piece(field, text, CODES.get(field) + text);
        }
        if (field.equals("document") || field.equals("replacedBy")) {
            return new Piece(field, "#" + text, null);
        }
        return new Piece(field, text, null);
    }
}
