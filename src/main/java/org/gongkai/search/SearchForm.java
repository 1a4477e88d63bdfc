package org.gongkai.search;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;
import java.util.Set;

/**
 * The search form's parameters as typed (all text, so a stray value never answers 400 from the framework) and
 * their reading into a {@link SearchQuery}: unknown classes, validities or sorts are ignored, numbers that are
 * not numbers too.
 */
record SearchForm(String q, String org, String sub, String openness, String theme, String year, String validity,
                  String sort, String page) {

    static final Set<String> VALIDITIES = Set.of("VALID", "EXPIRED", "REPEALED", "REVISED");
    static final int PAGE_SIZE = 20;

    SearchQuery toQuery() {
        String cls = upper(openness);
        String val = upper(validity);
        return new SearchQuery(q, number(org), "1".equals(sub) || "true".equals(sub) || "on".equals(sub),
                LuceneSearchIndex.OPENNESS.contains(cls) ? cls : null,
                theme == null || theme.isBlank() ? null : theme.strip(),
                number(year) == null ? null : number(year).intValue(),
                VALIDITIES.contains(val) ? val : null,
                "date".equalsIgnoreCase(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
                number(page) == null ? 1 : (int) Math.max(1, Math.min(number(page), 100_000)), PAGE_SIZE);
    }

    boolean subordinates() {
        return toQuery().includeSubordinates();
    }

    /** The address of another page of the same search. */
    String link(int toPage) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/search");
        add(b, "q", q);
        add(b, "org", org);
        add(b, "sub", subordinates() ? "1" : null);
        add(b, "openness", openness);
        add(b, "theme", theme);
        add(b, "year", year);
        add(b, "validity", validity);
        add(b, "sort", sort);
        add(b, "page", toPage > 1 ? Integer.toString(toPage) : null);
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    private static Long number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(s.strip());
    }
}
