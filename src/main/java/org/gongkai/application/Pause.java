package org.gongkai.application;

import java.time.LocalDate;

/** A stored interval in which the clock stands still. A third-party pause ends at {@code limitOn} at the latest. */
record Pause(long id, String kind, LocalDate startedOn, LocalDate limitOn, LocalDate endedOn) {

    ClockStop asStop() {
        LocalDate end = endedOn != null ? endedOn : limitOn;
        return new ClockStop(startedOn, end);
    }
}
