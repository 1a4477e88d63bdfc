package org.gongkai.search;

import java.util.List;
import java.util.Map;

/** A page of results, the total, and how many results each five-openness class holds (without that filter). */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, Long> opennessCounts) {

    public int totalPages() {
        return (int) Math.max(1, Math.min((total + size - 1) / size, SearchQuery.MAX_DEPTH / size));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
