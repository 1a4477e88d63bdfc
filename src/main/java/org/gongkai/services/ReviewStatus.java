package org.gongkai.services;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a draft stands in review-then-publish (ADR 0049) — the documents' steps (document.EditionStatus) for this
 * module's structured items, plus EXPEDITED: a warning issued before review, to be reviewed after.
 */
public enum ReviewStatus {
    DRAFT, SUBMITTED, REJECTED, APPROVED, PUBLISHED, EXPEDITED;

    /** Statuses in which the draft may still be edited (as the documents'). */
    static final Set<ReviewStatus> EDITABLE = EnumSet.of(DRAFT, REJECTED);

    public String labelKey() {
        return "svc.review.status." + name();
    }
}
