package org.gongkai.participation;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock of an incident: it starts at discovery and is due after its window; it warns from 80 % of its time on and
 * is overdue once past due while unmet. {@code metAt} is the first statement (or press conference) that met it.
 * Pure arithmetic on instants, so the thresholds are tested with fixed times.
 */
record IncidentClock(Kind kind, Instant startedAt, Instant dueAt, Instant metAt) {

    /** Authoritative information (5 h), press conference (24 h), response (48 h). */
    enum Kind {
        AUTHORITATIVE, PRESS, RESPONSE;

        public String labelKey() {
            return "inc.clock." + name();
        }
    }

    /** Where the clock stands at a moment. */
    enum State {
        RUNNING, NEAR, OVERDUE, MET, MET_LATE;

        public String labelKey() {
            return "inc.state." + name();
        }
    }

    static final int WARN_PERCENT = 80;

    /** The moment it starts to warn: 80 % of its time gone. */
    public Instant warnAt() {
        Duration window = Duration.between(startedAt, dueAt);
        return startedAt.plus(window.multipliedBy(WARN_PERCENT).dividedBy(100));
    }

    public State at(Instant now) {
        if (metAt != null) {
            return metAt.isAfter(dueAt) ? State.MET_LATE : State.MET;
        }
        if (now.isAfter(dueAt)) {
            return State.OVERDUE;
        }
        return now.isBefore(warnAt()) ? State.RUNNING : State.NEAR;
    }

    /** Missed: met late, or unmet and past due (what the year's statistics count). */
    public boolean missed(Instant now) {
        State s = at(now);
        return s == State.MET_LATE || s == State.OVERDUE;
    }
}
