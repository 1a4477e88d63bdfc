package org.gongkai.opendata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The same DCAT-AP 3 metadata as Turtle, written from the very JSON-LD model {@link DcatJsonLd} builds, so the two
 * never say different things (the test reads both with Apache Jena and finds the graphs isomorphic). The model uses
 * a small part of JSON-LD: nodes with {@code @id}/{@code @type}, compact names from {@link DcatJsonLd#CONTEXT},
 * literals as strings, integers or {@code @value} with {@code @language} or {@code @type}; a node without
 * {@code @id} is written as a blank node in place, a node with {@code @id} and properties as a subject of its own.
 */
final class DcatTurtle {

    private DcatTurtle() {
    }

    static String write(Map<String, Object> jsonLd) {
        StringBuilder out = new StringBuilder();
        DcatJsonLd.CONTEXT.forEach((prefix, iri) ->
                out.append("@prefix ").append(prefix).append(": <").append(iri).append("> .\n"));
        Deque<Map<?, ?>> subjects = new ArrayDeque<>();
        subjects.add(jsonLd);
        while (!subjects.isEmpty()) {
            Map<?, ?> node = subjects.poll();
            out.append('\n').append(iri((String) node.get("@id")));
            properties(node, out, subjects, "\n    ");
            out.append(" .\n");
        }
        return out.toString();
    }

    private static void properties(Map<?, ?> node, StringBuilder out, Deque<Map<?, ?>> subjects, String indent) {
        List<String> parts = new ArrayList<>();
        if (node.get("@type") instanceof String type) {
            parts.add("a " + name(type));
        } else if (node.get("@type") instanceof List<?> types) {
            parts.add("a " + String.join(", ", types.stream().map(t -> name((String) t)).toList()));
        }
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String key = (String) e.getKey();
            if (key.startsWith("@")) {
                continue;
            }
            List<?> values = e.getValue() instanceof List<?> list ? list : List.of(e.getValue());
            if (values.isEmpty()) {
                continue;
            }
            List<String> objects = new ArrayList<>();
            for (Object v : values) {
                objects.add(object(v, subjects, indent + "    "));
            }
            parts.add(key + " " + String.join(", ", objects));
        }
        out.append(indent).append(String.join(" ;" + indent, parts));
    }

    private static String object(Object v, Deque<Map<?, ?>> subjects, String indent) {
        if (v instanceof String s) {
            return literal(s);
        }
        if (v instanceof Integer || v instanceof Long) {
            return "\"" + v + "\"^^xsd:integer";
        }
        if (v instanceof Boolean b) {
            return "\"" + b + "\"^^xsd:boolean";
        }
        if (v instanceof Map<?, ?> m) {
            if (m.containsKey("@value")) {
                String text = literal(String.valueOf(m.get("@value")));
                if (m.get("@language") instanceof String lang) {
                    return text + "@" + lang;
                }
                return m.get("@type") instanceof String type ? text + "^^" + name(type) : text;
            }
            if (m.get("@id") instanceof String id) {
                if (m.size() > 1) {
                    subjects.add(m);
                }
                return iri(id);
            }
            StringBuilder blank = new StringBuilder("[");
            properties(m, blank, subjects, indent);
            return blank.append(' ').append(']').toString();
        }
        throw new IllegalArgumentException("not in the DCAT model: " + v);
    }

    /** A compact name of the context as it is, anything else as a full IRI. */
    private static String name(String value) {
        int colon = value.indexOf(':');
        if (colon > 0 && DcatJsonLd.CONTEXT.containsKey(value.substring(0, colon))
                && value.substring(colon + 1).matches("[A-Za-z_][A-Za-z0-9_-]*")) {
            return value;
        }
        return iri(value);
    }

    private static String iri(String iri) {
        StringBuilder sb = new StringBuilder("<");
        iri.codePoints().forEach(c -> {
            if (c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0) {
                sb.append(String.format("\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('>').toString();
    }

    private static String literal(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append(String.format("\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
