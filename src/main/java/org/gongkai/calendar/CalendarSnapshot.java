package org.gongkai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The calendar at one moment, immutable: the days each known year's notice changes and which years are known.
 * When two notices name the same day (a New Year's Day arrangement reaching back into December), the later
 * notice wins.
 */
final class CalendarSnapshot {

    /** From this day of December on, a day also depends on the next year's notice. */
    static final int YEAR_END_FROM_DAY = 22;

    private final Map<LocalDate, CalendarDay> days;
    private final SortedMap<Integer, KnownYear> years;

    CalendarSnapshot(Collection<CalendarDay> allDays, Collection<KnownYear> knownYears) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        for (CalendarDay d : allDays) {
            map.merge(d.date(), d, (a, b) -> a.noticeYear() >= b.noticeYear() ? a : b);
        }
        this.days = Map.copyOf(map);
        TreeMap<Integer, KnownYear> y = new TreeMap<>();
        knownYears.forEach(k -> y.put(k.year(), k));
        this.years = java.util.Collections.unmodifiableSortedMap(y);
    }

    boolean isKnown(int year) {
        return years.containsKey(year);
    }

    List<KnownYear> knownYears() {
        return new ArrayList<>(years.values());
    }

    DayInfo info(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        CalendarDay d = days.get(date);
        boolean settled = unknownYearFor(date) == null;
        if (d == null) {
            return new DayInfo(date, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, null, settled);
        }
        if (d.off()) {
            return new DayInfo(date, DayKind.HOLIDAY, d.name(), d.nameEn(), settled);
        }
        return weekend ? new DayInfo(date, DayKind.MAKEUP_WORKDAY, d.name(), d.nameEn(), settled)
                : new DayInfo(date, DayKind.WORKDAY, null, null, settled);
    }

    /** The year whose missing notice leaves this day undecided, or null when the day is settled. */
    Integer unknownYearFor(LocalDate date) {
        if (!isKnown(date.getYear())) {
            return date.getYear();
        }
        boolean yearEnd = date.getMonthValue() == 12 && date.getDayOfMonth() >= YEAR_END_FROM_DAY;
        if (yearEnd && !isKnown(date.getYear() + 1)) {
            return date.getYear() + 1;
        }
        return null;
    }

    /** The days a notice changes in one calendar year, in date order (for the public holiday list). */
    List<DayInfo> changedDaysIn(int year) {
        return days.keySet().stream().filter(d -> d.getYear() == year).sorted().map(this::info).toList();
    }
}
