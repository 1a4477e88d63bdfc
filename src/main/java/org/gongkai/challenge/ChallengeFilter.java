package org.gongkai.challenge;

import java.util.Map;

/**
 * Filters and order of the list of legal challenges: filing year, kind, result (null: any); {@code sort} one of
 * {@link #SORTS}, {@code dir} asc or desc.
 */
record ChallengeFilter(Integer year, ChallengeKind kind, ChallengeResult result, String sort, String dir) {

    /** Sort keys of the page and the columns they order by. */
    static final Map<String, String> SORTS = Map.of(
            "filedOn", "c.filed_on",
            "concludedOn", "c.concluded_on",
            "kind", "c.kind",
            "result", "c.result",
            "caseNumber", "c.case_number",
            "application", "a.tracking_number");

    /** Parses the request's values; anything unknown is an IllegalArgumentException (answered 400). */
    static ChallengeFilter of(Integer year, String kind, String result, String sort, String dir) {
        String s = blank(sort) == null ? "filedOn" : sort.strip();
        String d = blank(dir) == null ? (s.equals("filedOn") || s.equals("concludedOn") ? "desc" : "asc") : dir.strip();
        if (!SORTS.containsKey(s) || !(d.equals("asc") || d.equals("desc"))) {
            throw new IllegalArgumentException("sort");
        }
        return new ChallengeFilter(year, blank(kind) == null ? null : ChallengeKind.valueOf(kind.strip()),
                blank(result) == null ? null : ChallengeResult.valueOf(result.strip()), s, d);
    }

    String orderBy() {
        return SORTS.get(sort) + (dir.equals("asc") ? " asc" : " desc") + " nulls last, c.id " + dir;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
