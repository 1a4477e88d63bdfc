package org.gongkai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search over one Lucene searcher: a count pass without scores that also counts the facets, a page pass that
 * scores only what can reach the page, the page's hits highlighted; recent answers kept per reader
 * ({@link ResultCache}). {@link LuceneSearchIndex} owns the index's life (generations, writer, swaps) and hands a
 * searcher in.
 */
final class LuceneSearch {

    static final int CACHED_RESULTS = 512;
    private final LuceneQueries queries = new LuceneQueries();
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();
    private volatile ResultCache results = new ResultCache(CACHED_RESULTS);

    FacetOrdinals facetOrdinals() {
        return facetOrdinals;
    }

    long[] matchingIds(IndexSearcher s, SearchQuery q) throws IOException {
        Query full = queries.full(queries.text(QueryText.parse(q.text())), q, true);
        List<Long> ids = new ArrayList<>();
        var stored = s.storedFields();
        s.search(full, new org.apache.lucene.search.SimpleCollector() {
            private int base;

            @Override
            protected void doSetNextReader(org.apache.lucene.index.LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) throws IOException {
                ids.add(Long.parseLong(stored.document(base + doc, java.util.Set.of(Fields.ID)).get(Fields.ID)));
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    void cacheResults(int capacity) {
        results = new ResultCache(capacity);
    }

    SearchResults search(IndexSearcher s, SearchQuery q) {
        QueryText text = QueryText.parse(q.text());
        Query scoring = queries.text(text);
        Query full = queries.full(scoring, q, true);
        boolean byDate = q.sort() == SearchQuery.Sort.DATE || text.isEmpty() && text.documentNumber() == null;
        return results.get(s.getIndexReader().getReaderCacheHelper().getKey(), q,
                () -> compute(s, q, text, scoring, full, byDate));
    }

    private SearchResults compute(IndexSearcher s, SearchQuery q, QueryText text, Query scoring, Query full,
                                  boolean byDate) {
        try {
            int depth = q.page() * q.size();
            // two passes: the counts visit every match without scoring (reading the facet arrays), and the page
            // scores only what can still reach it (a total-hits threshold of the page's depth lets the scorer skip)
            FacetCounter counter = s.search(queries.full(scoring, q, false),
                    new FacetCounter.Manager(q.opennessClass(), facetOrdinals));
            TopDocs top = byDate
                    ? s.search(full, new TopFieldCollectorManager(new Sort(new SortField(Fields.DATE,
                    SortField.Type.LONG, true), SortField.FIELD_SCORE), depth, null, depth, true))
                    : s.search(full, new TopScoreDocCollectorManager(depth, null, depth, true));
            int from = Math.min((q.page() - 1) * q.size(), top.scoreDocs.length);
            ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            Highlighter highlighter = Highlighter.of(text);
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : pageDocs) {
                Document doc = s.storedFields().document(sd.doc);
                Snippets.Highlighted h = Snippets.of(highlighter, doc.get(Fields.TITLE), doc.get(Fields.BODY),
                        doc.get(Fields.ATTACHMENTS));
                hits.add(hit(doc, h.titleHtml(), h.snippetHtml(), sd.score));
            }
            return new SearchResults(List.copyOf(hits), counter.total(), q.page(), q.size(), counter.opennessCounts(),
                    counter.facets());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit hit(Document doc, String titleHtml, String snippet, float score) {
        String number = doc.get(Fields.NUMBER);
        return new SearchHit(Long.parseLong(doc.get(Fields.ID)), doc.get(Fields.TITLE), titleHtml,
                number == null || number.isEmpty() ? null : number, Long.parseLong(doc.get(Fields.ORG)),
                LocalDate.ofEpochDay(doc.getField(Fields.DATE).numericValue().longValue()), snippet,
                Float.isNaN(score) ? 0f : score);
    }
}
