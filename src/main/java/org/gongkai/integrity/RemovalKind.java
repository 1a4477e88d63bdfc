package org.gongkai.integrity;

/** What the cleaner took out of (or changed in) an outside page. Message key: {@code integrity.removal.<NAME>}. */
public enum RemovalKind {
    /** Scripts, styles, navigation, footers, asides and elements whose class or id names chrome or ads. */
    HTML_CHROME,
    /** Zero-width, bidirectional and control characters. */
    INVISIBLE,
    /** Emoji runs and other pictographic symbols (with their modifiers, joiners and selectors). */
    EMOJI,
    /** Pinyin annotations after Chinese characters, as in 發(fā). */
    PINYIN,
    /** Site chrome lines: breadcrumbs, source and read-count lines, footers, filing numbers. */
    CHROME,
    /** Advertisement blocks. */
    ADVERTISEMENT,
    /** Gambling or betting keyword stuffing inside a line. */
    SPAM_TOKEN,
    /** Lines dominated by gambling or betting keywords. */
    SPAM_LINE,
    /** The page's own repetition of the document's title (page heading) and other header leftovers. */
    DUPLICATE_HEADER,
    /** Traditional characters converted to Simplified (a change, not a removal). */
    SCRIPT_CONVERTED,
    /** Half-width punctuation and document-number brackets normalised (a change, not a removal). */
    PUNCTUATION,
    /** A block of sports or entertainment headlines merged into the page. */
    HEADLINES,
    /** A run of mojibake (GBK bytes read as UTF-8 or the reverse) decoded again (a change, not a removal). */
    MOJIBAKE_REPAIRED,
    /** A run of mojibake that could not be decoded again: kept and flagged for the editor. */
    MOJIBAKE,
    /** A web address that is not a government one: kept and flagged (it may have replaced the official one). */
    DOMAIN,
    /** A brand or site name standing where an agency's name is expected: kept and flagged. */
    BRAND;

    public String labelKey() {
        return "integrity.removal." + name();
    }

    /** Whether this kind changes the wording rather than taking junk away. */
    public boolean isChange() {
        return this == SCRIPT_CONVERTED || this == PUNCTUATION || this == MOJIBAKE_REPAIRED;
    }

    /** Whether the text stays in the document and the editor must look at it (nothing was removed). */
    public boolean isFlag() {
        return this == MOJIBAKE || this == DOMAIN || this == BRAND;
    }

    /**
     * Whether a copy showing this was altered inside the document's own text (not only framed by a spam page):
     * a mirror check never calls such a copy identical.
     */
    public boolean altersText() {
        return switch (this) {
            case INVISIBLE, EMOJI, PINYIN, SPAM_TOKEN, SCRIPT_CONVERTED, MOJIBAKE_REPAIRED, MOJIBAKE, DOMAIN, BRAND -> true;
            default -> false;
        };
    }
}
