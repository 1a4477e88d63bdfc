package org.gongkai.search.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.gongkai.search.ChineseAnalysis;
import org.gongkai.search.SearchDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where the bulk index's time goes, per document, on one thread: generation, folding+words, bigrams. */
public final class AnalysisProfile {

    private AnalysisProfile() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        List<SearchDocument> docs = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            docs.add(SyntheticCorpus.document(i));
        }
        report("generate", t0, n);
        Analyzer a = ChineseAnalysis.analyzer();
        for (int round = 0; round < 2; round++) {
            t0 = System.nanoTime();
            for (SearchDocument d : docs) {
                drain(a, "title", d.title());
                drain(a, "body", d.body());
            }
            report("words (smartcn) title+body", t0, n);
            t0 = System.nanoTime();
            for (SearchDocument d : docs) {
                drain(a, "title_grams", d.title());
                drain(a, "body_grams", d.body());
            }
            report("bigrams title+body", t0, n);
        }
    }

    private static void drain(Analyzer a, String field, String text) throws Exception {
        try (TokenStream ts = a.tokenStream(field, text)) {
            ts.reset();
            while (ts.incrementToken()) {
                // count nothing: the cost is the analysis
            }
            ts.end();
        }
    }

    private static void report(String what, long t0, int n) {
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-30s %8.1f s  %,8.0f docs/s (one thread)%n", what, s, n / s);
    }
}
