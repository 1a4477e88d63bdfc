package org.gongkai.syndication;

/** What happened to a source document after it was queued: every item and re-post of it is flagged with it. */
public enum SourceChange {
    /** A newer edition is live: the re-post shows an earlier text. */
    AMENDED,
    /** The source is no longer in force (废止, 失效) or was replaced (已修订). */
    REPEALED,
    /** The source was withdrawn from its site. */
    WITHDRAWN,
    /** The source was removed (its address answers 410). */
    REMOVED;

    public String labelKey() {
        return "repost.change." + name();
    }
}
