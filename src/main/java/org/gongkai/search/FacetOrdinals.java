package org.gongkai.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.packed.PackedInts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet values of every document of a segment, unpacked once into arrays. Counting the facets of half a million
 * matches read through doc values iterators cost more than finding the matches (five {@code advanceExact} per
 * match); an array read is a fraction of that. A segment never changes, so its arrays live as long as the segment
 * (dropped when the segment's core closes) and a refresh only unpacks the new segments. A few bits per document and
 * facet: a million documents take about 10 MB.
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
    record Segment(PackedInts.Reader[] ordinals, String[][] labels) {

        int ordinalPlusOne(int facet, int doc) {
            return (int) ordinals[facet].get(doc);
        }

        static Segment read(LeafReader reader) {
            try {
                PackedInts.Reader[] ords = new PackedInts.Reader[Fields.FACETS.length];
                String[][] labels = new String[Fields.FACETS.length][];
                for (int f = 0; f < Fields.FACETS.length; f++) {
                    SortedDocValues values = DocValues.getSorted(reader, Fields.FACETS[f]);
                    labels[f] = new String[values.getValueCount()];
                    for (int ord = 0; ord < labels[f].length; ord++) {
                        labels[f][ord] = values.lookupOrd(ord).utf8ToString();
                    }
                    PackedInts.Mutable m = PackedInts.getMutable(reader.maxDoc(),
                            PackedInts.bitsRequired(labels[f].length), PackedInts.FAST);
                    for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                        m.set(doc, values.ordValue() + 1L);
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
