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
    PUNCTUATION;

    public String labelKey() {
        return "integrity.removal." + name();
    }

    /** Whether this kind changes the wording rather than taking junk away. */
    public boolean isChange() {
        return this == SCRIPT_CONVERTED || this == PUNCTUATION;
    }
}
