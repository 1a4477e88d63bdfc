package org.gongkai.calendar;

/** What a day is in the working-day calendar. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKDAY,
    /** Saturday or Sunday, not a make-up workday. */
    WEEKEND,
    /** A day off by the State Council's notice. */
    HOLIDAY,
    /** A Saturday or Sunday that the notice makes a workday (调休). */
    MAKEUP_WORKDAY;

    public boolean working() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }
}
