package org.gongkai.application;

import java.time.Instant;
import java.util.Arrays;

/** One entry of an application's timeline. {@code kind} is a message-key suffix (app.event.&lt;kind&gt;). */
record TimelineEntry(long id, Instant at, String kind, Long actorId, String actorName, String note,
                     boolean visibleToApplicant) {

    public String labelKey() {
        return "app.event." + kind;
    }

    /** Message key naming who made the entry when it was not a member of staff (the applicant, the system), else null. */
    public String actorKey() {
        return actorId == null && ("applicant".equals(actorName) || "system".equals(actorName)) ? "app.actor." + actorName : null;
    }

    /** Message key of the note when the note is a code rather than words (an outcome, a receipt's channel), else null. */
    public String noteKey() {
        if (note == null) {
            return null;
        }
        if ("answered".equals(kind) || "migrated".equals(kind)) {
            return "app.outcome." + note;
        }
        if ("received".equals(kind) && Arrays.stream(Channel.values()).anyMatch(c -> c.name().equals(note))) {
            return Channel.valueOf(note).labelKey();
        }
        return null;
    }
}
