package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One line of the day-by-day explanation of a deadline: the day, and either its number among the counted working
 * days or the reason it was not counted. {@code holiday} names the holiday a make-up workday belongs to.
 */
record ExplanationRow(LocalDate date, int counted, String skippedReason, boolean madeUp, String holiday) {

    static List<ExplanationRow> of(Deadline d, WorkingDayCalendar calendar, Locale locale) {
        Map<LocalDate, SkippedDay> skipped = new HashMap<>();
        d.skipped().forEach(s -> skipped.put(s.date(), s));
        Set<LocalDate> madeUp = Set.copyOf(d.madeUpWorkdays());
        List<ExplanationRow> rows = new ArrayList<>();
        int counted = 0;
        for (LocalDate day = d.from().plusDays(1); !day.isAfter(d.due()); day = day.plusDays(1)) {
            SkippedDay s = skipped.get(day);
            if (s != null) {
                rows.add(new ExplanationRow(day, 0, s.reason(locale), false, null));
            } else {
                counted++;
                boolean m = madeUp.contains(day);
                rows.add(new ExplanationRow(day, counted, null, m, m ? calendar.dayInfo(day).reason(locale) : null));
            }
        }
        return rows;
    }
}
