package org.gongkai.calendar;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the calendar in memory: the shipped notices merged with the years loaded in the back office. Before each
 * use it reads the one-row version counter, so a year loaded on any node is seen by all nodes at their next
 * request, with no broadcast.
 */
@Component
class CalendarCache implements CalendarSource {

    private final CalendarStore store;
    private final List<ShippedYear> shipped;
    private volatile Versioned current;

    private record Versioned(long version, CalendarSnapshot snapshot) {
    }

    CalendarCache(CalendarStore store) {
        this.store = store;
        this.shipped = ShippedCalendar.load();
    }

    @Override
    public CalendarSnapshot snapshot() {
        long version = store.version();
        Versioned v = current;
        if (v == null || v.version() != version) {
            synchronized (this) {
                v = current;
                if (v == null || v.version() != version) {
                    // Read the version before the data: a load committed in between only causes one extra reload.
                    v = new Versioned(version, merge(shipped, store.loadedYears()));
                    current = v;
                }
            }
        }
        return v.snapshot();
    }

    static CalendarSnapshot merge(List<ShippedYear> shipped, List<LoadedYear> loaded) {
        Map<Integer, KnownYear> years = new HashMap<>();
        Map<Integer, List<CalendarDay>> daysByNotice = new HashMap<>();
        for (ShippedYear s : shipped) {
            years.put(s.year(), new KnownYear(s.year(), true, null, null, null, s.papers(),
                    count(s.days(), true), count(s.days(), false)));
            daysByNotice.put(s.year(), s.days());
        }
        for (LoadedYear l : loaded) {
            List<CalendarDay> days = l.days().stream()
                    .map(d -> new CalendarDay(d.date(), d.off(), d.name(), HolidayNames.english(d.name()), l.year())).toList();
            years.put(l.year(), new KnownYear(l.year(), years.containsKey(l.year()) && years.get(l.year()).shipped(),
                    l.source(), l.loadedBy(), l.loadedAt(), l.papers(), count(days, true), count(days, false)));
            daysByNotice.put(l.year(), days);
        }
        List<CalendarDay> all = new ArrayList<>();
        daysByNotice.values().forEach(all::addAll);
        return new CalendarSnapshot(all, years.values());
    }

    /** Days off when {@code off}, else make-up workdays (a weekday the notice merely confirms as "on" is not one). */
    private static int count(List<CalendarDay> days, boolean off) {
        return (int) days.stream().filter(d -> off ? d.off() : !d.off() && isWeekend(d.date())).count();
    }

    private static boolean isWeekend(java.time.LocalDate date) {
        return date.getDayOfWeek().getValue() >= 6;
    }

    static CalendarSnapshot shippedOnly() {
        return merge(ShippedCalendar.load(), List.of());
    }
}
