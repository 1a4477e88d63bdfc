package org.gongkai.document;

import java.util.EnumSet;
import java.util.Set;

/** Where an edition stands in review-then-publish. */
public enum EditionStatus {
    DRAFT, SUBMITTED, REJECTED, APPROVED, SCHEDULED, PUBLISHED, SUPERSEDED, WITHDRAWN, REMOVED;

    /** Statuses of the one edition a document may have in the workflow. */
    public static final Set<EditionStatus> IN_PROGRESS = EnumSet.of(DRAFT, SUBMITTED, REJECTED, APPROVED, SCHEDULED);
    /** Statuses whose content may still be edited. */
    public static final Set<EditionStatus> EDITABLE = EnumSet.of(DRAFT, REJECTED);

    public boolean inProgress() {
        return IN_PROGRESS.contains(this);
    }

    public String labelKey() {
        return "edition.status." + name();
    }
}
