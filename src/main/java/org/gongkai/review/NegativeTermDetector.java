package org.gongkai.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Terms of the negative list. Plain terms are found by indexOf; a regex runs on a budget of character reads, so a
 * pathological pattern written by an administrator cannot stall the screening (it is skipped and logged).
 */
final class NegativeTermDetector {

    private static final Logger log = LoggerFactory.getLogger(NegativeTermDetector.class);
    private static final long MIN_BUDGET = 2_000_000;
    private static final int BUDGET_PER_CHAR = 200;

    private NegativeTermDetector() {
    }

    static void detect(ScanText t, List<NegativeTerm> terms, List<Finding> out) {
        for (NegativeTerm term : terms) {
            if (term.pattern() == null) {
                literal(t, term.literal(), out);
            } else {
                regex(t, term, out);
            }
        }
    }

    private static void literal(ScanText t, String literal, List<Finding> out) {
        if (literal == null || literal.isEmpty()) {
            return;
        }
        int from = 0;
        int at;
        while ((at = t.text.indexOf(literal, from)) >= 0) {
            out.add(t.finding(FindingKind.NEGATIVE_TERM, at, at + literal.length(), 0.8));
            from = at + literal.length();
        }
    }

    private static void regex(ScanText t, NegativeTerm term, List<Finding> out) {
        BudgetedText budgeted = new BudgetedText(t.text, Math.max(MIN_BUDGET, (long) BUDGET_PER_CHAR * t.length()));
        Matcher m = term.pattern().matcher(budgeted);
        try {
            while (m.find()) {
                if (m.end() > m.start()) {
                    out.add(t.finding(FindingKind.NEGATIVE_TERM, m.start(), m.end(), 0.7));
                }
            }
        } catch (BudgetedText.Exhausted e) {
            log.warn("negative-list pattern {} (from {}) gave up: too much backtracking", term.raw(), term.source());
        }
    }

    /** A char sequence that throws once too many chars have been read from it. */
    static final class BudgetedText implements CharSequence {

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super("regex budget exhausted", null, false, false);
            }
        }

        private final String text;
        private final int offset;
        private final int length;
        private final long[] left;

        BudgetedText(String text, long budget) {
            this(text, 0, text.length(), new long[]{budget});
        }

        private BudgetedText(String text, int offset, int length, long[] left) {
            this.text = text;
            this.offset = offset;
            this.length = length;
            this.left = left;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(offset + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BudgetedText(text, offset + start, end - start, left);
        }

        @Override
        public String toString() {
            return text.substring(offset, offset + length);
        }
    }
}
