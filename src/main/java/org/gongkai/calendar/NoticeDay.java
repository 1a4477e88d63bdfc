package org.gongkai.calendar;

import java.time.LocalDate;

/** One day a holiday notice names: a day off ({@code off}) or a make-up workday, with the holiday's name. */
record NoticeDay(LocalDate date, boolean off, String name) {
}
