package org.gongkai.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One organisation's budget or final accounts of a year, as uploaded (draft) or published; {@code amendment} counts
 * the corrections after the first publication (0 for the first), each with its reason (ADR 0046).
 */
record Publication(long id, long organisationId, int year, BudgetKind kind, boolean published, String title,
                   LocalDate approvedOn, LocalDate dueOn, String fileName, BigDecimal incomeTotal,
                   BigDecimal functionalTotal, String explanation, String reviewStatement, Instant uploadedAt,
                   Instant publishedAt, int version, BigDecimal economicTotal, BigDecimal fundTotal, int amendment,
                   Long amendsId, String amendmentReason, Instant supersededAt) {

    /** A published version replaced by a later amendment (kept, readable, marked). */
    public boolean superseded() {
        return supersededAt != null;
    }

    /** Not published and past its due day (today in Beijing). */
    public boolean overdue(LocalDate today) {
        return !published && today.isAfter(dueOn);
    }

    /** Published after its due day. */
    public boolean late() {
        return published && publishedAt.atZone(org.gongkai.platform.Zones.CHINA).toLocalDate().isAfter(dueOn);
    }

    public String statusKey() {
        return published ? "budget.status.PUBLISHED" : "budget.status.DRAFT";
    }
}
