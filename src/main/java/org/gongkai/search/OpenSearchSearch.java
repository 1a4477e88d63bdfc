package org.gongkai.search;

import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search in OpenSearch: one request with the page, the total and the facets (the five-openness counts over every
 * match, the other facets over the matches passing its filter), its hits highlighted here as Lucene's are.
 * {@link OpenSearchSearchIndex} owns the alias, the writes and the swaps and passes the score scale in.
 */
final class OpenSearchSearch {

    /** Values of one facet counted at most (Lucene counts all; 10,000 organisations under one search is the limit). */
    private static final int FACET_SIZE = 10_000;
    private static final String PASSING = "passing";
    private static final List<String> SOURCE = List.of(Fields.ID, Fields.ORG, Fields.DATE, OpenSearchDocuments.SHOWN);
    private static final String[] FACETS_BUT_OPENNESS = java.util.Arrays.stream(Fields.FACETS)
            .filter(f -> !f.equals(Fields.OPENNESS)).toArray(String[]::new);

    private final OpenSearchClient client;
    private final String alias;

    OpenSearchSearch(OpenSearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    SearchResults search(SearchQuery q, double scoreScale) throws IOException {
        QueryText text = QueryText.parse(q.text());
        Query query = OpenSearchQueries.full(OpenSearchQueries.text(text), q);
        Query openness = OpenSearchQueries.openness(q);
        boolean byDate = q.sort() == SearchQuery.Sort.DATE || text.isEmpty() && text.documentNumber() == null;
        Map<String, Aggregation> others = new LinkedHashMap<>();
        for (String f : FACETS_BUT_OPENNESS) {
            others.put(f, Aggregation.of(a -> a.terms(t -> t.field(f).size(FACET_SIZE))));
        }
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        // the five-openness counts over every match; the other facets over the matches that pass its filter
        aggs.put(Fields.OPENNESS, Aggregation.of(a -> a.terms(t -> t.field(Fields.OPENNESS).size(20))));
        if (openness == null) {
            aggs.putAll(others);
        } else {
            aggs.put(PASSING, Aggregation.of(a -> a.filter(openness).aggregations(others)));
        }
        SearchRequest.Builder s = new SearchRequest.Builder().index(alias).query(query)
                .from((q.page() - 1) * q.size()).size(q.size())
                .trackTotalHits(t -> t.enabled(true)).aggregations(aggs)
                .source(src -> src.filter(f -> f.includes(SOURCE)));
        if (openness != null) {
            s.postFilter(openness);
        }
        if (byDate) {
            s.sort(SortOptions.of(o -> o.field(f -> f.field(Fields.DATE).order(SortOrder.Desc))),
                    SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)))); // hits without a score, as in Lucene
        }
        SearchRequest request = s.build();
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchResponse<Map<String, Object>> r = (SearchResponse) client.search(request, Map.class);
        Highlighter highlighter = Highlighter.of(text);
        List<SearchHit> hits = new ArrayList<>();
        double scale = byDate ? 0 : scoreScale; // sorted by date, Lucene gives no score
        for (Hit<Map<String, Object>> h : r.hits().hits()) {
            hits.add(hit(h, highlighter, scale));
        }
        Map<String, Aggregate> counted = r.aggregations();
        Map<String, Aggregate> passing = openness == null ? counted : counted.get(PASSING).filter().aggregations();
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        for (String f : Fields.FACETS) {
            Aggregate a = f.equals(Fields.OPENNESS) ? counted.get(f) : passing.get(f);
            facets.put(f, FacetCounter.ordered(f, buckets(a)));
        }
        long total = r.hits().total() == null ? hits.size() : r.hits().total().value();
        return new SearchResults(hits, total, q.page(), q.size(), FacetCounter.opennessCounts(buckets(counted.get(Fields.OPENNESS))),
                facets);
    }

    private static Map<String, Long> buckets(Aggregate a) {
        Map<String, Long> m = new HashMap<>();
        if (a != null && a.isSterms()) {
            for (StringTermsBucket b : a.sterms().buckets().array()) {
                m.put(b.key(), b.docCount());
            }
        }
        return m;
    }

    @SuppressWarnings("unchecked")
    private static SearchHit hit(Hit<Map<String, Object>> h, Highlighter highlighter, double scale) {
        Map<String, Object> src = h.source();
        Map<String, Object> shown = (Map<String, Object>) src.getOrDefault(OpenSearchDocuments.SHOWN, Map.of());
        String title = string(shown.get(Fields.TITLE));
        String number = string(shown.get(Fields.NUMBER));
        Snippets.Highlighted hl = Snippets.of(highlighter, title, string(shown.get(Fields.BODY)),
                string(shown.get(Fields.ATTACHMENTS)));
        Double score = h.score();
        return new SearchHit(Long.parseLong(string(src.get(Fields.ID))), title, hl.titleHtml(),
                number.isEmpty() ? null : number, Long.parseLong(string(src.get(Fields.ORG))),
                LocalDate.parse(string(src.get(Fields.DATE))), hl.snippetHtml(),
                score == null || score.isNaN() ? 0f : (float) (score * scale));
    }

    private static String string(Object o) {
        return o == null ? "" : o.toString();
    }

    long[] matchingIds(SearchQuery q) throws IOException {
        Query query = OpenSearchQueries.full(OpenSearchQueries.text(QueryText.parse(q.text())), q);
        Query openness = OpenSearchQueries.openness(q);
        Query all = openness == null ? query : Query.of(x -> x.bool(b -> b.must(query).filter(openness)));
        @SuppressWarnings({"unchecked", "rawtypes"})
        SearchResponse<Map<String, Object>> r = (SearchResponse) client.search(s -> s.index(alias)
                .query(all).size(SearchQuery.MAX_DEPTH).source(src -> src.filter(f -> f.includes(Fields.ID))), Map.class);
        return r.hits().hits().stream().mapToLong(h -> Long.parseLong(string(h.source().get(Fields.ID)))).toArray();
    }
}
