package org.gongkai.calendar;

/** Supplies the current calendar. */
@FunctionalInterface
interface CalendarSource {
    CalendarSnapshot snapshot();
}
