package org.gongkai.participation;

import java.time.Instant;

/** One line of a message's history (message_event). {@code publicLine}: shown to the writer too. */
record MessageEvent(long id, Instant at, String kind, String staffName, String fromOrgName, String toOrgName,
                    String note, boolean publicLine) {

    public String labelKey() {
        return "msg.event." + kind;
    }
}
