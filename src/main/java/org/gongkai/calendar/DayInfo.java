package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One day as the calendar sees it.
 *
 * @param holiday   the holiday the notice names for this day (off, or the make-up workday it belongs to), else null
 * @param holidayEn its English name, null when unknown
 * @param settled   false when the notice that decides this day has not been loaded: the day's year is unknown, or
 *                  the day is in the last days of December and the next year's notice (whose New Year's Day
 *                  arrangement may move it) is unknown; such a day is judged by weekends alone
 */
public record DayInfo(LocalDate date, DayKind kind, String holiday, String holidayEn, boolean settled) {

    public boolean working() {
        return kind.working();
    }

    /** Why the day is off, or which holiday a make-up workday belongs to, in Chinese (周末, 春节, …). */
    public String reason() {
        return kind == DayKind.WEEKEND ? "周末" : holiday;
    }

    /** The reason in the given language: English when asked for and known, Chinese otherwise. */
    public String reason(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage())) {
            if (kind == DayKind.WEEKEND) {
                return "Weekend";
            }
            return holidayEn != null ? holidayEn : holiday;
        }
        return reason();
    }
}
