package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What every year's notice must satisfy, however it was entered: a plausible year, days inside that year (or in
 * the last month of the year before, where a New Year's Day arrangement may begin), no day twice, a name for each
 * day, and at least one day unless the administrator explicitly allows an empty year.
 */
final class NoticeRules {

    static final int MIN_YEAR = 1949;
    static final int MAX_YEAR = 2200;
    static final int MAX_NAME = 100;

    private NoticeRules() {
    }

    static boolean yearInRange(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static boolean dateBelongsTo(LocalDate date, int year) {
        return date.getYear() == year || (date.getYear() == year - 1 && date.getMonthValue() == 12);
    }

    /** Checks the days of a year whose number is already known to be in range; {@code label(i)} names day i. */
    static List<Problem> check(int year, List<NoticeDay> days, boolean allowEmpty, String field) {
        List<Problem> problems = new ArrayList<>();
        if (days.isEmpty() && !allowEmpty) {
            problems.add(Problem.of(field, "calendar.load.empty", String.valueOf(year)));
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            NoticeDay d = days.get(i);
            if (!dateBelongsTo(d.date(), year)) {
                problems.add(Problem.of(field, "calendar.load.outsideYear", i + 1, d.date().toString(), String.valueOf(year)));
            }
            if (!seen.add(d.date())) {
                problems.add(Problem.of(field, "calendar.load.duplicate", i + 1, d.date().toString()));
            }
            if (d.name() == null || d.name().isBlank()) {
                problems.add(Problem.of(field, "calendar.load.nameMissing", i + 1));
            } else if (d.name().length() > MAX_NAME) {
                problems.add(Problem.of(field, "calendar.load.nameTooLong", i + 1, MAX_NAME));
            }
        }
        return problems;
    }
}
