package org.gongkai.audit;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON text of a value that the hash covers: object keys sorted, no white space, numbers as plain decimals
 * without trailing zeros. PostgreSQL's jsonb reorders keys and rewrites numbers, so the verifier parses what the
 * database returns and canonicalises it again; this form survives that round trip unchanged.
 */
final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {
    }

    /** Null for a null map, so "no state recorded" and "empty state" stay distinct. */
    static String of(Map<String, ?> value) {
        return value == null ? null : write(MAPPER.valueToTree(value));
    }

    /** Canonical form of JSON text as read back from the database; null stays null. */
    static String ofText(String json) {
        return json == null ? null : write(parse(json));
    }

    static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> e : sorted.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            boolean first = true;
            for (JsonNode item : node.values()) {
                out.append(first ? "" : ",");
                first = false;
                write(item, out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            number(node, out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isString()) {
            string(node.stringValue(), out);
        } else {
            // binary, POJO and other exotic nodes: their text form, so the append never fails on them
            string(node.asString(), out);
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
            return;
        }
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            string(String.valueOf(node.doubleValue()), out); // JSON has no NaN or Infinity
            return;
        }
        BigDecimal plain = node.decimalValue().stripTrailingZeros();
        out.append(plain.signum() == 0 ? "0" : plain.toPlainString());
    }

    /** JSON string escaping; U+0000 becomes U+FFFD because jsonb cannot hold it. */
    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u0000' -> out.append('\uFFFD');
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
