package org.gongkai.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Proves a redacted Office file holds none of the protected values: every part of the package, as raw XML. */
final class RedactionCheck {

    private RedactionCheck() {
    }

    /** The names of the package's parts that still hold a value (plain or XML-escaped); empty when clean. */
    static List<String> leftovers(byte[] zip, Collection<Replacement> replacements) throws IOException {
        List<String> found = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String part = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (Replacement r : replacements) {
                    if (part.contains(r.original()) || part.contains(escape(r.original()))) {
                        found.add(e.getName());
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
