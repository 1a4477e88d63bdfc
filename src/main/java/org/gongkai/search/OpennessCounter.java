package org.gongkai.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One pass over the matches: how many there are, and how many fall in each five-openness class. */
final class OpennessCounter extends SimpleCollector {

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long total;
    private SortedDocValues values;
    private int[] segmentCounts = new int[0];

    OpennessCounter() {
        LuceneSearchIndex.OPENNESS.forEach(c -> counts.put(c, 0L));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        flush();
        values = DocValues.getSorted(context.reader(), Fields.OPENNESS);
        segmentCounts = new int[values.getValueCount()];
    }

    @Override
    public void collect(int doc) throws IOException {
        total++;
        if (values.advanceExact(doc)) {
            segmentCounts[values.ordValue()]++;
        }
    }

    private void flush() throws IOException {
        for (int ord = 0; ord < segmentCounts.length; ord++) {
            if (segmentCounts[ord] > 0) {
                counts.merge(values.lookupOrd(ord).utf8ToString(), (long) segmentCounts[ord], Long::sum);
            }
        }
        segmentCounts = new int[0];
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long total() {
        return total;
    }

    Map<String, Long> counts() throws IOException {
        flush();
        return counts;
    }
}
