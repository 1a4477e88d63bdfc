package org.gongkai.application;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The stopped-clock arithmetic on a plain calendar (weekends off, plus a few holidays). */
class DeadlineClockTest {

    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 8));
    static final Predicate<LocalDate> WORKING = d -> d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void withoutStopsItIsTheNthWorkingDayAfterStart() {
        // Wed 2030-01-02: Thu 3 (1), Fri 4 (2), Mon 7 and Tue 8 holidays, Wed 9 (3)
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, List.of(), WORKING)).contains(d("2030-01-09"));
    }

    @Test
    void workingDaysInsideAStopDoNotCount() {
        // stop (Thu 3, Wed 9]: Fri 4 and Wed 9 are stopped; counted: Thu 3 (1), Thu 10 (2), Fri 11 (3)
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, List.of(new ClockStop(d("2030-01-03"), d("2030-01-09"))), WORKING))
                .contains(d("2030-01-11"));
    }

    @Test
    void aStopOfOneDayStopsNothing() {
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, List.of(new ClockStop(d("2030-01-03"), d("2030-01-03"))), WORKING))
                .contains(d("2030-01-09"));
    }

    @Test
    void overlappingStopsCountOnce() {
        List<ClockStop> stops = List.of(new ClockStop(d("2030-01-03"), d("2030-01-10")),
                new ClockStop(d("2030-01-09"), d("2030-01-14")));
        // stopped: Fri 4, Wed 9, Thu 10, Fri 11, Mon 14 → counted Thu 3 (1), Tue 15 (2), Wed 16 (3)
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, stops, WORKING)).contains(d("2030-01-16"));
        assertThat(DeadlineClock.countedBetween(d("2030-01-02"), d("2030-01-16"), stops, WORKING)).isEqualTo(3);
    }

    @Test
    void anOpenStopBeforeTheDueDateLeavesItUnknown() {
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, List.of(new ClockStop(d("2030-01-03"), null)), WORKING)).isEmpty();
        // an open stop after the due date does not matter
        assertThat(DeadlineClock.due(d("2030-01-02"), 1, List.of(new ClockStop(d("2030-01-03"), null)), WORKING))
                .contains(d("2030-01-03"));
    }

    @Test
    void aStopBeforeTheStartChangesNothing() {
        assertThat(DeadlineClock.due(d("2030-01-02"), 3, List.of(new ClockStop(d("2029-12-01"), d("2030-01-01"))), WORKING))
                .contains(d("2030-01-09"));
    }
}
