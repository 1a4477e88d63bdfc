package org.gongkai.search;

import java.util.Iterator;

/**
 * A full-text index of published documents. Lucene in-process today ({@link LuceneSearchIndex}); another backend
 * (OpenSearch) implements the same interface, fed the same {@link SearchDocument}s analysed by
 * {@link ChineseAnalysis}. Writes are durable when the method returns.
 */
public interface SearchIndex {

    /** Adds the document or replaces the one with the same id. */
    void index(SearchDocument document);

    void delete(long documentId);

    SearchResults search(SearchQuery query);

    /** Replaces the whole content with the given documents (one commit at the end). Returns how many. */
    long rebuild(Iterator<SearchDocument> documents);

    /** How many documents the index holds. */
    long count();

    /**
     * Identifies this index (backend and instance): the record of what was indexed is kept per name, so a new,
     * empty or foreign index is recognised and filled again.
     */
    String name();
}
