package org.gongkai.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The due date of a clock that can stand still: the Nth counted working day after {@code start}, where a working
 * day is counted unless it lies in one of the stopped intervals. Counting starts the day after {@code start} (Art.
 * 31), and the due date is a counted working day by construction, so a period never ends on a day off.
 */
final class DeadlineClock {

    /** Far enough for 40 working days plus any realistic pause; a guard against an endless loop. */
    static final int MAX_SPAN_DAYS = 3_660;

    private DeadlineClock() {
    }

    /**
     * @return the due date, or empty when an open stop swallows the rest of time (the clock stands still and the
     * date is not known yet)
     */
    static Optional<LocalDate> due(LocalDate start, int workingDays, List<ClockStop> stops,
                                   Predicate<LocalDate> isWorkingDay) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1");
        }
        LocalDate openFrom = stops.stream().filter(ClockStop::open).map(ClockStop::from)
                .min(LocalDate::compareTo).orElse(null);
        int counted = 0;
        LocalDate day = start;
        for (int i = 0; i < MAX_SPAN_DAYS; i++) {
            day = day.plusDays(1);
            if (openFrom != null && day.isAfter(openFrom)) {
                return Optional.empty();
            }
            if (isWorkingDay.test(day) && !stopped(day, stops)) {
                counted++;
                if (counted == workingDays) {
                    return Optional.of(day);
                }
            }
        }
        throw new IllegalStateException("no due date within " + MAX_SPAN_DAYS + " days");
    }

    /** Counted working days in ({@code after}, {@code upTo}]; negative when upTo is before after. */
    static int countedBetween(LocalDate after, LocalDate upTo, List<ClockStop> stops,
                              Predicate<LocalDate> isWorkingDay) {
        boolean forward = !upTo.isBefore(after);
        LocalDate lo = forward ? after : upTo;
        LocalDate hi = forward ? upTo : after;
        int n = 0;
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            if (isWorkingDay.test(d) && !stopped(d, stops)) {
                n++;
            }
        }
        return forward ? n : -n;
    }

    static boolean stopped(LocalDate day, List<ClockStop> stops) {
        for (ClockStop s : stops) {
            if (s.stops(day)) {
                return true;
            }
        }
        return false;
    }
}
