package org.gongkai.review;

/** Where a screening finding stands: waiting for the reviewer, to be masked in the publication, or accepted as it is. */
public enum FindingStatus {
    OPEN, REDACT, ACCEPTED;

    public String labelKey() {
        return "review.finding.status." + name();
    }
}
