package org.gongkai.consultation;

import java.time.Instant;

/** Someone who asked to take part in a hearing; the contact is for staff only. */
record HearingRegistration(long id, long hearingId, String name, String contact, String statement,
                           Instant registeredAt, boolean selected) {
}
