package org.gongkai.search;

import java.util.Iterator;

/**
 * A full-text index of published documents. Lucene in-process by default ({@link LuceneSearchIndex}); OpenSearch
 * ({@link OpenSearchSearchIndex}, ADR 0027) implements the same interface, fed the same {@link SearchDocument}s analysed by
 * {@link ChineseAnalysis} (words and CJK bigrams). Writes are durable and searchable when the method returns;
 * {@link #rebuild} fills a fresh index and swaps it in, so search keeps answering while it runs.
 */
public interface SearchIndex {

    /** Adds the document or replaces the one with the same id. */
    void index(SearchDocument document);

    /** Adds or replaces several documents at once (one commit); they are searchable when the method returns. */
    default void indexAll(java.util.List<SearchDocument> documents) {
        documents.forEach(this::index);
    }

    void delete(long documentId);

    SearchResults search(SearchQuery query);

    /**
     * Replaces the whole content with the given documents: built beside the live index (which keeps answering) and
     * swapped in at the end, under a new {@link #name()}. Returns how many.
     */
    long rebuild(Iterator<SearchDocument> documents);

    /** How many documents the index holds. */
    long count();

    /**
     * Identifies this index (backend and instance): the record of what was indexed is kept per name, so a new,
     * empty or foreign index is recognised and filled again.
     */
    String name();

    /**
     * Tells the listener (on a searching thread) when this process notices that another process or node swapped a
     * rebuilt index in: what was published meanwhile must be indexed again.
     */
    default void onSwap(Runnable listener) {
    }
}
