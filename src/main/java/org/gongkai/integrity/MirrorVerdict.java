package org.gongkai.integrity;

/** What the mirror check concluded about a copy. Message key: {@code integrity.verdict.<NAME>}. */
public enum MirrorVerdict {
    /**
     * The copy's text is exactly that of a published document after the fidelity normalisation (white space, line
     * breaks, full/half width) and nothing was injected into it. Similarity alone never gives this verdict.
     */
    IDENTICAL,
    /** The copy is clearly taken from a published document but its text differs. */
    ALTERED_COPY,
    /** No published document matches. */
    NOT_OURS;

    public String labelKey() {
        return "integrity.verdict." + name();
    }
}
