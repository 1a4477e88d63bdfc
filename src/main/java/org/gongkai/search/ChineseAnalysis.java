package org.gongkai.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The one Chinese analysis of Gongkai, for every backend. Text is folded first (Traditional → Simplified,
 * full-width → half-width), then analysed twice: into words by SmartChineseAnalyzer (HMM segmentation, for
 * ranking) and into overlapping CJK bigrams (学区划分 → 学区 区划 划分, for recall: any run of two or more characters
 * is a phrase of bigrams, whatever the segmenter made of it). Fields whose name ends in {@link Fields#GRAMS} get the
 * bigrams. The Lucene index uses {@link #analyzer()}; a backend without a Chinese analyser (OpenSearch) gets the
 * text pre-analysed by {@link #tokens(String)} and {@link #bigrams(String)}.
 */
public final class ChineseAnalysis {

    private static final Analyzer SMART = new SmartChineseAnalyzer();

    private static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                    | CJKBigramFilter.HANGUL, false);
            return new TokenStreamComponents(source, ts);
        }
    };

    private static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.endsWith(Fields.GRAMS) ? BIGRAMS : SMART;
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

    /** The words the index holds for the text, in order. */
    public static List<String> tokens(String text) {
        return analyse(Fields.BODY, text);
    }

    /** The CJK bigrams (and other words, lower-cased) the index holds for the text, in order. */
    public static List<String> bigrams(String text) {
        return analyse(Fields.grams(Fields.BODY), text);
    }

    private static List<String> analyse(String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = ANALYZER.tokenStream(field, text)) {
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
