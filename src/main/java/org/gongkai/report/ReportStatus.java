package org.gongkai.report;

/** Where an organisation's report for a period stands. */
public enum ReportStatus {
    /** Nobody has saved anything yet. */
    NOT_STARTED,
    /** Written or entered, no document generated yet. */
    DRAFTING,
    /** A document exists and goes through review; not yet public. */
    IN_REVIEW,
    /** The report document is public. */
    PUBLISHED;

    public String labelKey() {
        return "report.status." + name();
    }
}
