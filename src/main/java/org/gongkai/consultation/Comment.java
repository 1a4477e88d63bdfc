package org.gongkai.consultation;

import java.time.Instant;

/** A comment as received: the text exactly as typed; contact details are for staff only. */
record Comment(long id, long consultationId, Long passageId, String authorName, String contact, String body,
               Instant receivedAt, Moderation moderation, Decision decision, String decisionReason,
               Instant decidedAt, Channel channel, Long enteredBy, long versionId, Long groupId) {

    /** Received on paper, by e-mail or at a meeting or hearing, and entered by staff. */
    public boolean enteredByStaff() {
        return enteredBy != null;
    }
}
