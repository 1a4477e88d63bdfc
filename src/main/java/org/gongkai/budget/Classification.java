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
 * A code list of the national budget classification (政府收支分类科目) loaded from a data file: the bundled ones under
 * {@code src/main/resources/budget/}, or an operator's file in their place ({@link CodeListFiles}, ADR 0051). One line
 * per code, {@code code TAB name TAB status}, where status says whether the line was compared with a published list
 * ({@code checked}) or not ({@code unverified}). The platform cannot verify the lists against the Ministry of
 * Finance's text, so they are data to correct, not code (ADR 0046).
 */
final class Classification {

    private static volatile Classification functional = load("budget/functional-classification.tsv");
    private static volatile Classification economic = load("budget/economic-classification.tsv");

    record Entry(String code, String name, boolean checked) {
    }

    private final Map<String, Entry> codes;
    private final String source;

    private Classification(Map<String, Entry> codes, String source) {
        this.codes = codes;
        this.source = source;
    }

    /** The functional classification in use (支出功能分类科目). */
    static Classification functional() {
        return functional;
    }

    /** The economic classification in use (支出经济分类科目). */
    static Classification economic() {
        return economic;
    }

    /** Puts an operator's lists in place of the bundled ones (null keeps the one in use). */
    static void use(Classification functionalList, Classification economicList) {
        if (functionalList != null) {
            functional = functionalList;
        }
        if (economicList != null) {
            economic = economicList;
        }
    }

    /**
     * Parses a list; a malformed line (not three tab-separated fields, a code not of 3, 5 or 7 digits, a status other
     * than checked or unverified, a code listed twice, a 款 whose 类 or a 项 whose 款 is not listed before it) fails
     * naming the line.
     */
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
                if (f[0].length() > 3 && !codes.containsKey(f[0].substring(0, f[0].length() - 2))) {
                    throw new IllegalStateException(source + " line " + n + ": " + f[0] + " comes before its parent "
                            + f[0].substring(0, f[0].length() - 2) + " or without it");
                }
                if (codes.put(f[0], new Entry(f[0], f[1].strip(), f[2].equals("checked"))) != null) {
                    throw new IllegalStateException(source + " line " + n + ": duplicate code " + f[0]);
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException(source + ": no codes");
        }
        return new Classification(Map.copyOf(codes), source);
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

    /** Where the list was read from: a bundled resource or the operator's file. */
    String source() {
        return source;
    }

    /** Whether this is the list that comes with the platform (not an operator's file). */
    boolean bundled() {
        return source.startsWith("budget/");
    }

    int size() {
        return codes.size();
    }

    /** What the pages say about the list in use: where it came from and how much of it is unverified. */
    record Status(boolean bundled, int size, long unverified) {
    }

    static Status status() {
        Classification f = functional();
        Classification e = economic();
        return new Status(f.bundled() || e.bundled(), f.size() + e.size(), f.unverified() + e.unverified());
    }

    long count(int length) {
        return codes.keySet().stream().filter(c -> c.length() == length).count();
    }

    long unverified() {
        return codes.values().stream().filter(e -> !e.checked()).count();
    }
}
