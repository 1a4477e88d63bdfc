package org.gongkai.integrity;

/**
 * One difference between a published document and a copy, in place: what the original has, what the copy has
 * instead, and the unchanged text around it, all in the fidelity form (white space dropped, full/half width one).
 *
 * @param kind         INSERTED (only in the copy), DELETED (only in the original) or CHANGED
 * @param original     the original's text at this place, or empty
 * @param copy         the copy's text at this place, or empty
 * @param before       up to a dozen unchanged characters before it
 * @param after        up to a dozen unchanged characters after it
 * @param significance what the difference touches: a figure, a date, a negation, or other text
 * @param line         the 1-based line (paragraph) of the original where it is
 */
public record MirrorDifference(Kind kind, String original, String copy, String before, String after,
                               Significance significance, int line) {

    public MirrorDifference(Kind kind, String original, String copy) {
        this(kind, original, copy, "", "", Significance.TEXT, 0);
    }

    public boolean highlighted() {
        return significance != Significance.TEXT;
    }

    public enum Kind {
        INSERTED, DELETED, CHANGED;

        public String labelKey() {
            return "integrity.diff." + name();
        }
    }

    /** Figures, dates and negations change what a document means; they are listed first. */
    public enum Significance {
        NEGATION, FIGURE, DATE, TEXT;

        public String labelKey() {
            return "integrity.diff.significance." + name();
        }
    }
}
