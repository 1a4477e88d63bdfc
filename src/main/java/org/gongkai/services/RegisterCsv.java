package org.gongkai.services;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The public form of the registers, the bytes whose SHA-256 is recorded when they are published: UTF-8 without a
 * byte-order mark, one header line, one line per row in register order (by code), every field in double quotes
 * (a quote doubled), lines ending in LF. Contact columns are never part of it.
 */
final class RegisterCsv {

    private RegisterCsv() {
    }

    static byte[] entities(List<RegisteredEntity> rows) {
        StringBuilder b = new StringBuilder();
        line(b, "code", "name", "category", "address");
        rows.forEach(e -> line(b, e.code(), e.name(), e.category(), e.address()));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] inspectors(List<RegisteredInspector> rows) {
        StringBuilder b = new StringBuilder();
        line(b, "badge", "name", "unit");
        rows.forEach(i -> line(b, i.badge(), i.name(), i.unit()));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] csv) {
        return DrawAlgorithm.hex(DrawAlgorithm.sha256(csv));
    }

    private static void line(StringBuilder b, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(fields[i] == null ? "" : fields[i].replace("\"", "\"\"")).append('"');
        }
        b.append('\n');
    }
}
