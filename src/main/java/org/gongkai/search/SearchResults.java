package org.gongkai.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results, the total, how many results each five-openness class holds (without that filter), and the
 * facets: for each facet field (org, column, openness, year, kind) its values with their counts, largest first.
 */
public record SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, Long> opennessCounts,
                            Map<String, List<FacetCount>> facets) {

    /** One value of a facet and how many results hold it. */
    public record FacetCount(String value, long count) {
    }

    public SearchResults(List<SearchHit> hits, long total, int page, int size, Map<String, Long> opennessCounts) {
        this(hits, total, page, size, opennessCounts, Map.of());
    }

    public int totalPages() {
        return (int) Math.max(1, Math.min((total + size - 1) / size, SearchQuery.MAX_DEPTH / size));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public List<FacetCount> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }
}
