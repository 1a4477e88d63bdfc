package org.gongkai.integrity;

/**
 * One difference between a published document and a copy, sentence by sentence.
 *
 * @param kind     ADDED (only in the copy), MISSING (only in the original) or CHANGED
 * @param original the original's sentences, or empty
 * @param copy     the copy's sentences, or empty
 */
public record MirrorDifference(Kind kind, String original, String copy) {

    public enum Kind {
        ADDED, MISSING, CHANGED;

        public String labelKey() {
            return "integrity.diff." + name();
        }
    }
}
