package org.gongkai.application;

import java.time.LocalDate;

/**
 * An interval in which the clock stands still: working days d with {@code from < d <= to} are not counted.
 * {@code to == null} means the interval is still open: every day after {@code from} is stopped.
 */
record ClockStop(LocalDate from, LocalDate to) {

    ClockStop {
        if (from == null) {
            throw new IllegalArgumentException("from is required");
        }
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
    }

    boolean stops(LocalDate day) {
        return day.isAfter(from) && (to == null || !day.isAfter(to));
    }

    boolean open() {
        return to == null;
    }
}
