package org.gongkai.application;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any start, N and closed stops on a calendar with random holidays and make-up days: the due date is a working
 * day outside every stop, exactly N counted working days lie in (start, due], and N − 1 before it.
 */
class DeadlineClockPropertiesTest {

    static final LocalDate BASE = LocalDate.of(2030, 1, 1);

    @Provide
    Arbitrary<ClockStop> stops() {
        return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 40))
                .as((from, len) -> new ClockStop(BASE.plusDays(from), BASE.plusDays(from + len)));
    }

    @Property(tries = 500)
    void dueIsTheNthCountedWorkingDay(@ForAll @IntRange(min = 0, max = 120) int startOffset,
                                      @ForAll @IntRange(min = 1, max = 40) int n,
                                      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 300) Integer> holidayOffsets,
                                      @ForAll @Size(max = 2) List<@IntRange(min = 0, max = 300) Integer> makeUpOffsets,
                                      @ForAll @Size(max = 3) List<@net.jqwik.api.From("stops") ClockStop> stops) {
        Set<LocalDate> holidays = new HashSet<>();
        holidayOffsets.forEach(o -> holidays.add(BASE.plusDays(o)));
        Set<LocalDate> makeUp = new HashSet<>();
        makeUpOffsets.forEach(o -> makeUp.add(BASE.plusDays(o)));
        Predicate<LocalDate> working = d -> makeUp.contains(d)
                || (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d));
        LocalDate start = BASE.plusDays(startOffset);

        LocalDate due = DeadlineClock.due(start, n, stops, working).orElseThrow();

        assertThat(working.test(due)).isTrue();
        assertThat(DeadlineClock.stopped(due, stops)).isFalse();
        assertThat(DeadlineClock.countedBetween(start, due, stops, working)).isEqualTo(n);
        assertThat(DeadlineClock.countedBetween(start, due.minusDays(1), stops, working)).isEqualTo(n - 1);
        // without stops it is never later
        assertThat(DeadlineClock.due(start, n, List.of(), working).orElseThrow()).isBeforeOrEqualTo(due);
    }
}
