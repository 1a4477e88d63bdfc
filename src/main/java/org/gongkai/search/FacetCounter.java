package org.gongkai.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the matches of the query without its five-openness filter, reading the facet arrays of
 * {@link FacetOrdinals} only (never stored documents): the five-openness counts (so every class shows what choosing it would give), and, among the documents
 * that also pass the five-openness filter, the total and the counts of every other facet. Counting is by ordinal per
 * segment; labels are looked up once per segment and value.
 */
final class FacetCounter extends SimpleCollector {

    private final String opennessFilter;
    private final FacetOrdinals ordinals;
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private FacetOrdinals.Segment segment;
    private int[][] segmentCounts = new int[Fields.FACETS.length][0];
    private int opennessIndex = -1;
    private int filterOrd = -1;
    private long total;

    FacetCounter(String opennessFilter, FacetOrdinals ordinals) {
        this.opennessFilter = opennessFilter == null || opennessFilter.isBlank() ? null : opennessFilter;
        this.ordinals = ordinals;
        for (int f = 0; f < Fields.FACETS.length; f++) {
            counts.put(Fields.FACETS[f], new HashMap<>());
            if (Fields.FACETS[f].equals(Fields.OPENNESS)) {
                opennessIndex = f;
            }
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        flush();
        segment = ordinals.of(context.reader());
        for (int f = 0; f < Fields.FACETS.length; f++) {
            segmentCounts[f] = new int[segment.labels()[f].length + 1];
        }
        filterOrd = opennessFilter == null ? -1
                : java.util.Arrays.asList(segment.labels()[opennessIndex]).indexOf(opennessFilter) + 1;
    }

    @Override
    public void collect(int doc) {
        int openness = segment.ordinalPlusOne(opennessIndex, doc);
        segmentCounts[opennessIndex][openness]++;
        if (opennessFilter != null && (filterOrd <= 0 || openness != filterOrd)) {
            return;
        }
        total++;
        for (int f = 0; f < segmentCounts.length; f++) {
            if (f != opennessIndex) {
                segmentCounts[f][segment.ordinalPlusOne(f, doc)]++;
            }
        }
    }

    /** Adds the segment's counts to the totals by label (slot 0 holds the documents without a value). */
    private void flush() {
        for (int f = 0; f < segmentCounts.length; f++) {
            int[] c = segmentCounts[f];
            for (int ord = 1; ord < c.length; ord++) {
                if (c[ord] > 0) {
                    counts.get(Fields.FACETS[f]).merge(segment.labels()[f][ord - 1], (long) c[ord], Long::sum);
                }
            }
            segmentCounts[f] = new int[0];
        }
    }

    /** Counts each slice of segments in its own counter (searches run slices in parallel) and adds them up. */
    static final class Manager implements CollectorManager<FacetCounter, FacetCounter> {

        private final String opennessFilter;
        private final FacetOrdinals ordinals;

        Manager(String opennessFilter, FacetOrdinals ordinals) {
            this.opennessFilter = opennessFilter;
            this.ordinals = ordinals;
        }

        @Override
        public FacetCounter newCollector() {
            return new FacetCounter(opennessFilter, ordinals);
        }

        @Override
        public FacetCounter reduce(Collection<FacetCounter> counters) {
            FacetCounter sum = newCollector();
            for (FacetCounter c : counters) {
                c.flush();
                sum.total += c.total;
                c.counts.forEach((facet, values) -> values.forEach((value, n) ->
                        sum.counts.get(facet).merge(value, n, Long::sum)));
            }
            return sum;
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    /** The five-openness counts in the classes' order, every class present. */
    Map<String, Long> opennessCounts() {
        flush();
        return opennessCounts(counts.get(Fields.OPENNESS));
    }

    /** The five-openness counts in the classes' order, every class present (for every backend). */
    static Map<String, Long> opennessCounts(Map<String, Long> counted) {
        Map<String, Long> m = new LinkedHashMap<>();
        LuceneSearchIndex.OPENNESS.forEach(c -> m.put(c, counted.getOrDefault(c, 0L)));
        return m;
    }

    /** Every facet's values, largest count first (years newest first). */
    Map<String, List<SearchResults.FacetCount>> facets() {
        flush();
        Map<String, List<SearchResults.FacetCount>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Long>> e : counts.entrySet()) {
            out.put(e.getKey(), ordered(e.getKey(), e.getValue()));
        }
        return out;
    }

    /** One facet's values in the order shown, largest count first (years newest first), for every backend. */
    static List<SearchResults.FacetCount> ordered(String field, Map<String, Long> counted) {
        List<SearchResults.FacetCount> list = new ArrayList<>();
        counted.forEach((v, n) -> list.add(new SearchResults.FacetCount(v, n)));
        Comparator<SearchResults.FacetCount> order = field.equals(Fields.YEAR)
                ? Comparator.comparing(SearchResults.FacetCount::value).reversed()
                : Comparator.comparingLong(SearchResults.FacetCount::count).reversed()
                .thenComparing(SearchResults.FacetCount::value);
        list.sort(order);
        return List.copyOf(list);
    }
}
