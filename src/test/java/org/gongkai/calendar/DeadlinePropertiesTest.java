package org.gongkai.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** For any D in 2008–2025 and N in 1..60: the due date is a working day with exactly N working days in (D, due]. */
class DeadlinePropertiesTest {

    private final WorkingDayCalendar calendar = CalendarFixture.calendar();
    private final DeadlineCalculator calculator = new DeadlineCalculator(calendar);

    @Provide
    Arbitrary<LocalDate> dates() {
        LocalDate first = LocalDate.of(2008, 1, 1);
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(first, LocalDate.of(2025, 12, 31));
        return Arbitraries.integers().between(0, span).map(first::plusDays);
    }

    @Property(tries = 500)
    void dueIsTheNthWorkingDay(@ForAll("dates") LocalDate from, @ForAll @IntRange(min = 1, max = 60) int n) {
        Deadline d = calculator.deadline(from, n);
        assertThat(calendar.isWorkingDay(d.due())).isTrue();
        assertThat(calendar.countWorkingDays(from, d.due()).workingDays()).isEqualTo(n);
        assertThat(calendar.countWorkingDays(from, d.due().minusDays(1)).workingDays()).isEqualTo(n - 1);
        assertThat(d.provisional()).isFalse();
        // the explanation accounts for every day: skipped days are off, the others are counted
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, d.due());
        assertThat(d.skipped()).hasSize((int) days - n);
        assertThat(d.skipped()).allSatisfy(s -> assertThat(calendar.isWorkingDay(s.date())).isFalse());
        assertThat(d.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
        assertThat(d.madeUpWorkdays()).allSatisfy(m -> {
            assertThat(m.getDayOfWeek().getValue()).isGreaterThanOrEqualTo(6);
            assertThat(m).isAfter(from).isBeforeOrEqualTo(d.due());
        });
    }
}
