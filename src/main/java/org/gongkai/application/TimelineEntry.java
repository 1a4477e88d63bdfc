package org.gongkai.application;

import java.time.Instant;

/** One entry of an application's timeline. {@code kind} is a message-key suffix (app.event.&lt;kind&gt;). */
record TimelineEntry(long id, Instant at, String kind, Long actorId, String actorName, String note,
                     boolean visibleToApplicant) {

    public String labelKey() {
        return "app.event." + kind;
    }
}
