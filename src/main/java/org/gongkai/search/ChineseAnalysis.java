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
 * full-width → half-width), then analysed twice: into overlapping CJK bigrams (学区划分 → 学区 区划 划分, for recall:
 * any run of two or more characters is a phrase of bigrams, whatever a segmenter would make of it) and into words.
 * Words are SmartChineseAnalyzer's (HMM segmentation) for the short fields that rank (title, 文号); the long ones
 * (body, attachments) are cut into single characters and Latin words, which is all a query of one character or of
 * Latin letters needs there, at a tenth of the segmenter's cost (ADR 0019: it was 90 % of bulk indexing). Fields
 * whose name ends in {@link Fields#GRAMS} get the bigrams. The Lucene index uses {@link #analyzer()}; a backend
 * without a Chinese analyser (OpenSearch) gets the text pre-analysed by {@link #tokens(String)} and
 * {@link #bigrams(String)}.
 */
public final class ChineseAnalysis {

    /** Positions between two values of one field ({@link Fields#ALL}), so no phrase spans them; OpenSearch's default. */
    static final int VALUE_GAP = 100;

    private static final Analyzer SMART = new SmartChineseAnalyzer();

    private static final Analyzer CHARACTERS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private static final Analyzer BIGRAMS = new Analyzer() {
        @Override
        public int getPositionIncrementGap(String fieldName) {
            return VALUE_GAP;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream ts = new LowerCaseFilter(source);
            ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
                    | CJKBigramFilter.HANGUL, false);
            return new TokenStreamComponents(source, ts);
        }
    };

    private static final Analyzer TRIGRAMS = grams(3, false);
    private static final Analyzer QUADGRAMS = grams(4, true);

    private static final Analyzer ANALYZER = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            if (fieldName.endsWith(Fields.GRAMS)) {
                return BIGRAMS;
            }
            if (fieldName.endsWith(Fields.TRIGRAMS)) {
                return TRIGRAMS;
            }
            if (fieldName.endsWith(Fields.QUADGRAMS)) {
                return QUADGRAMS;
            }
            return Fields.BODY.equals(fieldName) || Fields.ATTACHMENTS.equals(fieldName) ? CHARACTERS : SMART;
        }

        @Override
        protected Reader wrapReader(String fieldName, Reader reader) {
            return new FoldingCharFilter(reader);
        }
    };

    private ChineseAnalysis() {
    }

    private static Analyzer grams(int n, boolean breaks) {
        return new Analyzer() {
            @Override
            public int getPositionIncrementGap(String fieldName) {
                return VALUE_GAP;
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new HanGrams.GramTokenizer(n, breaks));
            }
        };
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The words the index holds for the text in a title, in order. */
    public static List<String> tokens(String text) {
        return analyse(Fields.TITLE, text);
    }

    /**
     * The title words that raise a match's score for these query chunks: the segmenter's words, without a lone
     * Chinese character cut out of a longer chunk (的, 学, 片). Such a character is in almost every title, so it
     * ranks nothing while its clause visits almost every match; a chunk that is one character keeps it.
     */
    public static List<String> rankingWords(List<String> chunks) {
        java.util.Set<String> whole = new java.util.HashSet<>();
        chunks.forEach(c -> whole.addAll(tokens(c).size() == 1 ? tokens(c) : List.of()));
        return tokens(String.join(" ", chunks)).stream()
                .filter(t -> t.codePointCount(0, t.length()) > 1 || !Character.isIdeographic(t.codePointAt(0))
                        || whole.contains(t))
                .toList();
    }

    /** The single characters and Latin words the index holds for the text in a body, in order. */
    public static List<String> characters(String text) {
        return analyse(Fields.BODY, text);
    }

    /** The CJK bigrams (and other words, lower-cased) the index holds for the text, in order. */
    public static List<String> bigrams(String text) {
        return analyse(Fields.grams(Fields.BODY), text);
    }

    /** The trigrams the index holds for the text. */
    public static List<String> trigrams(String text) {
        return analyse(Fields.trigrams(Fields.BODY), text);
    }

    /** The 4-grams the index holds for the text, with a {@link HanGrams#BREAK} between two runs. */
    public static List<String> quadgrams(String text) {
        return analyse(Fields.quadgrams(Fields.BODY), text);
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
