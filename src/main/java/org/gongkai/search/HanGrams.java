package org.gongkai.search;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of Chinese characters cut into every n-gram of one length, in order. A run of n or more Chinese characters
 * occurs in a text exactly when its n-grams occur one after the other: a chunk of three characters is one trigram
 * term, of four one 4-gram term, of more a phrase of its 4-grams (ADR 0019). The 4-grams of two runs are kept apart by
 * a {@link #BREAK} token, so no phrase spans punctuation, a Latin word or a line break; both backends index exactly
 * these tokens (OpenSearch gets them joined by spaces), so their positions and lengths agree.
 */
final class HanGrams {

    /** Stands between the 4-grams of two runs; never a query term. */
    static final String BREAK = "_";

    /** One n-gram (or a {@link #BREAK}) and where it starts in the text, in chars. */
    record Gram(String text, int startChar) {
    }

    private HanGrams() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether the (folded) text is Chinese characters only, and how many: 0 when it holds anything else. */
    static int hanLength(String folded) {
        int n = 0;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            if (!isHan(cp)) {
                return 0;
            }
            n++;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Every n-gram of the (folded) text's runs of Chinese characters, in order; with {@code breaks}, runs apart. */
    static List<Gram> of(String folded, int n, boolean breaks) {
        int[] cps = folded.codePoints().toArray();
        int[] charAt = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) {
            charAt[i + 1] = charAt[i] + Character.charCount(cps[i]);
        }
        List<Gram> grams = new ArrayList<>();
        int runStart = 0;
        for (int i = 0; i <= cps.length; i++) {
            if (i == cps.length || !isHan(cps[i])) {
                if (breaks && !grams.isEmpty() && runStart + n <= i) {
                    grams.add(new Gram(BREAK, charAt[runStart]));
                }
                for (int start = runStart; start + n <= i; start++) {
                    grams.add(new Gram(new String(cps, start, n), charAt[start]));
                }
                runStart = i + 1;
            }
        }
        return grams;
    }

    /** The 4-grams of a run of Chinese characters (a query chunk), in order. */
    static List<String> quadgrams(String folded) {
        return of(folded, 4, false).stream().map(Gram::text).toList();
    }

    /** The tokenizer of the n-gram fields: reads the whole (folded) text, then hands out its grams. */
    static final class GramTokenizer extends Tokenizer {

        private final int n;
        private final boolean breaks;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Gram> grams;
        private int next;
        private int length;

        GramTokenizer(int n, boolean breaks) {
            this.n = n;
            this.breaks = breaks;
        }

        @Override
        public boolean incrementToken() throws IOException {
            clearAttributes();
            if (grams == null) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[4096];
                for (int r = input.read(buf); r > 0; r = input.read(buf)) {
                    sb.append(buf, 0, r);
                }
                grams = of(sb.toString(), n, breaks);
                length = sb.length();
            }
            if (next >= grams.size()) {
                return false;
            }
            Gram g = grams.get(next++);
            term.append(g.text());
            int end = g.text().equals(BREAK) ? g.startChar() : g.startChar() + g.text().length();
            offset.setOffset(correctOffset(g.startChar()), correctOffset(end));
            return true;
        }

        /** The end of the text, so the next value of a multi-valued field continues after it. */
        @Override
        public void end() throws IOException {
            super.end();
            int last = correctOffset(length);
            offset.setOffset(last, last);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            grams = null;
            next = 0;
            length = 0;
        }
    }
}
