package org.gongkai.search;

/**
 * One search: the text of the box (words, "quoted phrases" or a 文号) and the filters. Null filters are not applied;
 * blank text lists everything the filters let through, newest first. {@code documentNumber} (文号, any bracket
 * style) and {@code indexNumber} (索引号) filter exactly.
 */
public record SearchQuery(String text, Long organisationId, boolean includeSubordinates, String opennessClass,
                          String theme, Integer year, String validity, Sort sort, int page, int size,
                          Long columnId, String kind, String documentNumber, String indexNumber) {

    public enum Sort { RELEVANCE, DATE }

    public static final int MAX_TEXT = 100;
    public static final int MAX_SIZE = 50;
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(1, page);
        size = size < 1 ? 20 : Math.min(size, MAX_SIZE);
        page = Math.min(page, Math.max(1, MAX_DEPTH / size));
        documentNumber = blankToNull(documentNumber);
        indexNumber = blankToNull(indexNumber);
        kind = blankToNull(kind);
    }

    /** A search without the column, kind, 文号 and 索引号 filters. */
    public SearchQuery(String text, Long organisationId, boolean includeSubordinates, String opennessClass,
                       String theme, Integer year, String validity, Sort sort, int page, int size) {
        this(text, organisationId, includeSubordinates, opennessClass, theme, year, validity, sort, page, size,
                null, null, null, null);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, false, null, null, null, null, Sort.RELEVANCE, 1, 20);
    }

    /** The same search with other text (and from the first page). */
    public SearchQuery withText(String other) {
        return new SearchQuery(other, organisationId, includeSubordinates, opennessClass, theme, year, validity, sort,
                1, size, columnId, kind, documentNumber, indexNumber);
    }

    /** True when any filter is set. */
    public boolean filtered() {
        return organisationId != null || opennessClass != null || theme != null || year != null || validity != null
                || columnId != null || kind != null || documentNumber != null || indexNumber != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
