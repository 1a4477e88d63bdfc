package org.gongkai.calendar;

import java.time.LocalDate;

/** The shipped calendar (2007–2026) without a database, for tests of the arithmetic. */
final class CalendarFixture {

    private static final CalendarSnapshot SHIPPED = CalendarCache.shippedOnly();

    private CalendarFixture() {
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(() -> SHIPPED);
    }

    static DeadlineCalculator calculator() {
        return new DeadlineCalculator(calendar());
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
