package org.gongkai.challenge;

/**
 * The three groups of table 四 of the annual report: a request for administrative reconsideration (行政复议), a
 * lawsuit filed directly (行政诉讼（未经复议直接起诉）), and a lawsuit filed after reconsideration (行政诉讼（复议后起诉）).
 */
public enum ChallengeKind {
    RECONSIDERATION,
    LITIGATION_DIRECT,
    LITIGATION_AFTER_RECONSIDERATION;

    public String labelKey() {
        return "app.challenge.kind." + name();
    }
}
