package org.gongkai.integrity;

/** What the mirror check concluded about a copy. Message key: {@code integrity.verdict.<NAME>}. */
public enum MirrorVerdict {
    /** The copy's text is that of a published document (normalised text equal, or similarity ≥ 0.995). */
    IDENTICAL,
    /** The copy is clearly taken from a published document but its text differs. */
    ALTERED_COPY,
    /** No published document matches. */
    NOT_OURS;

    public String labelKey() {
        return "integrity.verdict." + name();
    }
}
