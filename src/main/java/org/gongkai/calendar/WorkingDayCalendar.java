package org.gongkai.calendar;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * The working-day calendar of mainland China: weekends off, statutory holidays off and make-up workdays (调休) on,
 * as the State Council's annual notices arrange them. Years without a loaded notice fall back to weekends only, and
 * every answer that depends on such a year says so ({@link DayInfo#settled()}, {@code provisional}).
 */
@Service
public class WorkingDayCalendar {

    /** Longest range {@link #countWorkingDays} accepts, in days (about 30 years). */
    static final long MAX_SPAN_DAYS = 11_000;

    private final CalendarSource source;

    WorkingDayCalendar(CalendarSource source) {
        this.source = source;
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayInfo(date).working();
    }

    public DayInfo dayInfo(LocalDate date) {
        return source.snapshot().info(date);
    }

    /** True when the year's holiday notice is shipped or loaded. */
    public boolean isKnownYear(int year) {
        return source.snapshot().isKnown(year);
    }

    public List<KnownYear> knownYears() {
        return source.snapshot().knownYears();
    }

    /** The days some notice changes in a calendar year, in date order: holidays and make-up workdays. */
    public List<DayInfo> holidaysIn(int year) {
        return source.snapshot().changedDaysIn(year);
    }

    /**
     * Counts working days in ({@code after}, {@code upTo}] — for "working days left" (after = today, upTo = the
     * due date) and for clocks that stand still (sum the counts of the periods that run). Negative when
     * {@code upTo} is before {@code after}.
     */
    public WorkingDayCount countWorkingDays(LocalDate after, LocalDate upTo) {
        LocalDate lo = after.isBefore(upTo) ? after : upTo;
        LocalDate hi = after.isBefore(upTo) ? upTo : after;
        if (java.time.temporal.ChronoUnit.DAYS.between(lo, hi) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("range longer than " + MAX_SPAN_DAYS + " days");
        }
        CalendarSnapshot s = source.snapshot();
        int count = 0;
        TreeSet<Integer> unknown = new TreeSet<>();
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            DayInfo info = s.info(d);
            if (info.working()) {
                count++;
            }
            Integer missing = s.unknownYearFor(d);
            if (missing != null) {
                unknown.add(missing);
            }
        }
        return new WorkingDayCount(after, upTo, after.isBefore(upTo) ? count : -count, !unknown.isEmpty(),
                List.copyOf(unknown));
    }

    CalendarSnapshot snapshot() {
        return source.snapshot();
    }
}
