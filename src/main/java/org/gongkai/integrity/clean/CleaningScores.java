package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

/**
 * The two scores of a cleaning, both 0..1.
 * <ul>
 * <li>spam: the share of the page's visible characters that was gambling stuffing or advertisement, scaled so
 * that a page whose fifth is spam scores 1; any spam at all (stuffing, spam lines, advertisements, merged
 * headlines) adds a floor of 0.3.</li>
 * <li>tamper: the share of the document's own text that had to be changed (injected emoji, pinyin, invisible
 * characters, stuffing inside paragraphs, converted characters), scaled so that a third changed scores 1.</li>
 * </ul>
 */
public final class CleaningScores {

    private CleaningScores() {
    }

    public static long spamChars(RemovalLog log) {
        return log.chars(RemovalKind.SPAM_TOKEN) + log.chars(RemovalKind.SPAM_LINE)
                + log.chars(RemovalKind.ADVERTISEMENT) + log.chars(RemovalKind.HEADLINES);
    }

    public static long altered(RemovalLog log) {
        return log.chars(RemovalKind.EMOJI) + log.chars(RemovalKind.PINYIN) + log.count(RemovalKind.INVISIBLE)
                + log.chars(RemovalKind.SPAM_TOKEN) + log.count(RemovalKind.SCRIPT_CONVERTED)
                + log.count(RemovalKind.MOJIBAKE_REPAIRED) + log.chars(RemovalKind.MOJIBAKE)
                + log.chars(RemovalKind.DOMAIN) + log.chars(RemovalKind.BRAND);
    }

    public static double spam(RemovalLog log, long visibleChars) {
        long spam = spamChars(log);
        if (spam == 0) {
            return 0;
        }
        double share = (double) spam / Math.max(1, visibleChars);
        return round(Math.min(1, 0.3 + share * 5));
    }

    public static double tamper(RemovalLog log, long bodyChars) {
        long altered = altered(log);
        double share = (double) altered / Math.max(1, bodyChars);
        return round(Math.min(1, share * 3));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
