package org.gongkai.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet values of every document of a segment, unpacked once into arrays. Counting the facets of half a million
 * matches read through doc values iterators cost more than finding the matches (five {@code advanceExact} per
 * match); an array read is a fraction of that. A segment never changes, so its arrays live as long as the segment
 * (dropped when the segment's core closes) and a refresh only unpacks the new segments. Plain int arrays, since a
 * packed or per-width reader behind one call site cost as much as the rest of the count: 4 bytes per document and
 * facet, 20 MB for a million documents (a national index of tens of millions belongs on OpenSearch, ADR 0027).
 */
final class FacetOrdinals {

    private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

    Segment of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return Segment.read(reader);
        }
        Segment s = segments.get(helper.getKey());
        if (s == null) {
            s = Segment.read(reader);
            if (segments.putIfAbsent(helper.getKey(), s) == null) {
                helper.addClosedListener(segments::remove);
            }
        }
        return s;
    }

    /** One segment's facets: per facet, the ordinal + 1 of each document's value (0: none) and the labels. */
    record Segment(int[][] ordinals, String[][] labels) {

        int ordinalPlusOne(int facet, int doc) {
            return ordinals[facet][doc];
        }

        static Segment read(LeafReader reader) {
            try {
                int[][] ords = new int[Fields.FACETS.length][];
                String[][] labels = new String[Fields.FACETS.length][];
                for (int f = 0; f < Fields.FACETS.length; f++) {
                    SortedDocValues values = DocValues.getSorted(reader, Fields.FACETS[f]);
                    labels[f] = new String[values.getValueCount()];
                    for (int ord = 0; ord < labels[f].length; ord++) {
                        labels[f][ord] = values.lookupOrd(ord).utf8ToString();
                    }
                    int[] m = new int[reader.maxDoc()];
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        m[doc] = values.ordValue() + 1;
                    }
                    ords[f] = m;
                }
                return new Segment(ords, labels);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
