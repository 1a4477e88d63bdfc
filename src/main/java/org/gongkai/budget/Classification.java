package org.gongkai.budget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A code list of the national budget classification (政府收支分类科目) loaded from a data file under
 * {@code src/main/resources/budget/}: one line per code, {@code code TAB name TAB status}, where status says whether
 * the line was compared with a published list ({@code checked}) or not ({@code unverified}). The platform cannot
 * verify the lists against the Ministry of Finance's text, so they are data to correct, not code (ADR 0046).
 */
final class Classification {

    static final Classification FUNCTIONAL = load("budget/functional-classification.tsv");
    static final Classification ECONOMIC = load("budget/economic-classification.tsv");

    record Entry(String code, String name, boolean checked) {
    }

    private final Map<String, Entry> codes;

    private Classification(Map<String, Entry> codes) {
        this.codes = codes;
    }

    /** Parses a list; a malformed line (not three tab-separated fields, a code not of digits) fails naming the line. */
    static Classification parse(String source, InputStream in) throws IOException {
        Map<String, Entry> codes = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || !f[0].matches("[0-9]{3}([0-9]{2}){0,2}") || f[1].isBlank()
                        || !(f[2].equals("checked") || f[2].equals("unverified"))) {
                    throw new IllegalStateException(source + " line " + n + ": expected code TAB name TAB checked|unverified");
                }
                if (codes.put(f[0], new Entry(f[0], f[1].strip(), f[2].equals("checked"))) != null) {
                    throw new IllegalStateException(source + " line " + n + ": duplicate code " + f[0]);
                }
            }
        }
        return new Classification(Map.copyOf(codes));
    }

    private static Classification load(String resource) {
        try (InputStream in = Classification.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return parse(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(codes.get(code)).map(Entry::name);
    }

    int size() {
        return codes.size();
    }

    long unverified() {
        return codes.values().stream().filter(e -> !e.checked()).count();
    }
}
