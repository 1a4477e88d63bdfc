package org.gongkai.integrity;

/**
 * The figures the two cleaning scores were computed from, so the editor can see why a page scored what it did.
 *
 * @param visibleChars non-space characters of the page as received (after markup)
 * @param spamChars    of those, gambling/pornography stuffing, spam lines, advertisements and merged headlines
 * @param bodyChars    non-space characters of the cleaned body
 * @param altered      characters (or, for invisible characters and converted script, occurrences) injected into or
 *                     changed in the document's own text, flagged addresses and brands included
 */
public record ScoreBasis(long visibleChars, long spamChars, long bodyChars, long altered) {

    public static final ScoreBasis NONE = new ScoreBasis(0, 0, 0, 0);

    /** Share of the page that was spam, in percent with one decimal. */
    public String spamPercent() {
        return String.format("%.1f", visibleChars == 0 ? 0 : 100.0 * spamChars / visibleChars);
    }

    /** Share of the body that was altered, in percent with one decimal. */
    public String alteredPercent() {
        return String.format("%.1f", bodyChars == 0 ? 0 : 100.0 * altered / bodyChars);
    }
}
