package org.gongkai.consultation;

import java.time.Instant;

/** A hearing (听证会) on a consultation's draft: its notice, and its record once published. */
record Hearing(long id, long consultationId, Instant heldAt, String place, int seats, Instant registrationClosesAt,
               String selectionRule, String record, Instant recordPublishedAt, long registered, long selected) {

    public boolean registrationOpen(Instant now) {
        return now.isBefore(registrationClosesAt);
    }

    public boolean held(Instant now) {
        return !now.isBefore(heldAt);
    }
}
