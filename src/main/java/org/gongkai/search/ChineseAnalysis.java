package org.gongkai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Chinese analysis of Gongkai, for every backend: fold (Traditional → Simplified, full-width → half-width),
 * then SmartChineseAnalyzer (HMM word segmentation, stop words). The Lucene index uses {@link #analyzer()}; a
 * backend without a Chinese analyser (OpenSearch) gets the text pre-tokenised by {@link #tokens(String)}.
 */
public final class ChineseAnalysis {

    private static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        private final Analyzer smart = new SmartChineseAnalyzer();

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return smart;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new FoldingCharFilter(reader);
        }
    };

    private ChineseAnalysis() {
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The terms the index holds for the text, in order. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
