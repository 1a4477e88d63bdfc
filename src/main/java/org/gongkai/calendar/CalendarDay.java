package org.gongkai.calendar;

import java.time.LocalDate;

/** A day some notice changes, as the calendar keeps it: which notice said so, and the holiday's names. */
record CalendarDay(LocalDate date, boolean off, String name, String nameEn, int noticeYear) {
}
