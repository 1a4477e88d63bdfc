package org.gongkai.search;

/**
 * One search: the text of the box (words, "quoted phrases" or a 文号) and the filters. Null filters are not applied;
 * blank text lists everything the filters let through, newest first.
 */
public record SearchQuery(String text, Long organisationId, boolean includeSubordinates, String opennessClass,
                          String theme, Integer year, String validity, Sort sort, int page, int size) {

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
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, false, null, null, null, null, Sort.RELEVANCE, 1, 20);
    }
}
