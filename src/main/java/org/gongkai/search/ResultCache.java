package org.gongkai.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The last few hundred answers, each kept for the index state it was computed on: an answer is reused only while
 * the searcher that produced it is still current, so a publication or a withdrawal (which opens a new searcher) is
 * never answered from before it. Visitors repeat a few queries (招生, 学区划分) far more than others, and a search
 * scores and counts every match: reusing the answer turns the common ones into a map lookup.
 */
final class ResultCache {

    /** {@code reader}: the searcher's reader cache key, one object per reader, compared by identity. */
    private record Key(Object reader, SearchQuery query) {
    }

    private final int capacity;
    private final Map<Key, SearchResults> entries;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResults> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    SearchResults get(Object reader, SearchQuery query, Supplier<SearchResults> compute) {
        if (capacity == 0) {
            return compute.get();
        }
        Key key = new Key(reader, query);
        synchronized (entries) {
            SearchResults hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        SearchResults fresh = compute.get();
        synchronized (entries) {
            entries.put(key, fresh);
        }
        return fresh;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
