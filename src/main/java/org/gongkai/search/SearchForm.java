package org.gongkai.search;

import org.springframework.web.util.UriComponentsBuilder;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The search form's parameters as typed (all text, so a stray value never answers 400 from the framework) and
 * their reading into a {@link SearchQuery}: unknown classes, validities or sorts are ignored, numbers that are
 * not numbers too. On an organisation's site ({@code siteId} set) {@code scope} chooses between that organisation
 * ({@code self}, the default), it and the organisations below ({@code below}) and everything ({@code all}); an
 * explicit {@code org} (a facet link) wins. {@code base} is the address of the page the form belongs to.
 */
public record SearchForm(String q, String org, String sub, String openness, String theme, String year,
                         String validity, String sort, String page, String column, String kind, String number,
                         String index, String scope, Long siteId, String base) {

    static final Set<String> VALIDITIES = Set.of("VALID", "EXPIRED", "REPEALED", "REVISED");
    static final Set<String> KINDS = Set.of("OTHER", "RULE", "NORMATIVE");
    static final Set<String> SCOPES = Set.of("self", "below", "all");
    static final int PAGE_SIZE = 20;

    public SearchForm {
        base = base == null ? "/search" : base;
    }

    /** The form of the top site's {@code /search}. */
    SearchForm(String q, String org, String sub, String openness, String theme, String year, String validity,
               String sort, String page) {
        this(q, org, sub, openness, theme, year, validity, sort, page, null, null, null, null, null, null, null);
    }

    /** The form read from request parameters. */
    public static SearchForm of(Map<String, String> p, Long siteId, String base) {
        return new SearchForm(p.get("q"), p.get("org"), p.get("sub"), p.get("openness"), p.get("theme"), p.get("year"),
                p.get("validity"), p.get("sort"), p.get("page"), p.get("column"), p.get("kind"), p.get("number"),
                p.get("index"), p.get("scope"), siteId, base);
    }

    public SearchQuery toQuery() {
        String cls = upper(openness);
        String val = upper(validity);
        String k = upper(kind);
        Long orgId = number(org);
        boolean below = "1".equals(sub) || "true".equals(sub) || "on".equals(sub);
        if (orgId == null && siteId != null) {
            switch (scope()) {
                case "all" -> below = false;
                case "below" -> {
                    orgId = siteId;
                    below = true;
                }
                default -> {
                    orgId = siteId;
                    below = false;
                }
            }
        }
        return new SearchQuery(q, orgId, below,
                LuceneSearchIndex.OPENNESS.contains(cls) ? cls : null,
                theme == null || theme.isBlank() ? null : theme.strip(),
                number(year) == null ? null : number(year).intValue(),
                VALIDITIES.contains(val) ? val : null,
                "date".equalsIgnoreCase(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE,
                number(page) == null ? 1 : (int) Math.max(1, Math.min(number(page), 100_000)), PAGE_SIZE,
                number(column), KINDS.contains(k) ? k : null, number, index);
    }

    /** The site scope as understood: self, below or all. */
    public String scope() {
        String s = scope == null ? "" : scope.strip().toLowerCase(Locale.ROOT);
        return SCOPES.contains(s) ? s : "self";
    }

    public boolean subordinates() {
        return toQuery().includeSubordinates();
    }

    /** The address of another page of the same search. */
    public String link(int toPage) {
        Map<String, String> p = params();
        p.put("page", toPage > 1 ? Integer.toString(toPage) : null);
        return build(base, p);
    }

    /** The same search, from its first page, with one parameter set (a facet link) or removed (null). */
    public String with(String name, String value) {
        Map<String, String> p = params();
        p.remove("page");
        p.put(name, value);
        return build(base, p);
    }

    /** The same search with other text, on the given page (a "did you mean" link). */
    public String withText(String text) {
        return with("q", text);
    }

    /** The same text searched on the top site, over every organisation. */
    public String everywhere() {
        return build("/search", Map.of("q", q == null ? "" : q));
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("scope", siteId != null && number(org) == null && !"self".equals(scope()) ? scope() : null);
        p.put("org", org);
        p.put("sub", "1".equals(sub) || "true".equals(sub) || "on".equals(sub) ? "1" : null);
        p.put("openness", openness);
        p.put("theme", theme);
        p.put("year", year);
        p.put("validity", validity);
        p.put("column", column);
        p.put("kind", kind);
        p.put("number", number);
        p.put("index", index);
        p.put("sort", sort);
        p.put("page", page);
        return p;
    }

    private static String build(String path, Map<String, String> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                b.queryParam(name, value);
            }
        });
        return b.build().encode().toUriString();
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
