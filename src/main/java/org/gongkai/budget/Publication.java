package org.gongkai.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One organisation's budget or final accounts of a year, as uploaded (draft) or published. */
record Publication(long id, long organisationId, int year, BudgetKind kind, boolean published, String title,
                   LocalDate approvedOn, LocalDate dueOn, String fileName, BigDecimal incomeTotal,
                   BigDecimal functionalTotal, String explanation, String reviewStatement, Instant uploadedAt,
                   Instant publishedAt, int version) {

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
