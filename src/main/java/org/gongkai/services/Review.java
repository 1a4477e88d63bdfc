package org.gongkai.services;

import java.time.Instant;

/** The review of one draft; {@link #none} for a draft never submitted. */
record Review(Long id, ReviewSubject subject, long subjectId, long itemId, String title, ReviewStatus status,
              Long submittedBy, Instant submittedAt, Long reviewedBy, Instant reviewedAt, String opinion,
              String expediteReason, int version) {

    static Review none(ReviewSubject subject, long subjectId, long itemId) {
        return new Review(null, subject, subjectId, itemId, null, ReviewStatus.DRAFT, null, null, null, null, null,
                null, 0);
    }

    public boolean editable() {
        return ReviewStatus.EDITABLE.contains(status);
    }

    public String link() {
        return subject.link(itemId);
    }

    /** One step of a review, for its history on the staff page. */
    record Step(String action, ReviewStatus from, ReviewStatus to, String actor, String note, Instant at) {
    }
}
