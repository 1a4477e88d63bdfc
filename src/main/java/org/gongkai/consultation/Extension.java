package org.gongkai.consultation;

import java.time.Instant;

/** A later closing time for a consultation, with the reason shown to the public. */
record Extension(long id, long consultationId, Instant previousClosesAt, Instant newClosesAt, String reason,
                 Instant createdAt) {

    /** The consultation had closed when it was extended: it reopened. */
    public boolean reopened() {
        return !createdAt.isBefore(previousClosesAt);
    }
}
