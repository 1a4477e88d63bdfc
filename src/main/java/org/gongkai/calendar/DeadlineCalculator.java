package org.gongkai.calendar;

import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Deadline arithmetic: the Nth working day after a date D, counting from the day after D (Art. 31 of the
 * Regulations on Open Government Information). The due date is always a working day, so a period that would end on
 * a day off ends on the next working day by construction.
 */
@Service
public class DeadlineCalculator {

    public static final int MIN_WORKING_DAYS = 1;
    public static final int MAX_WORKING_DAYS = 366;

    private final WorkingDayCalendar calendar;

    public DeadlineCalculator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** @throws IllegalArgumentException when workingDays is outside 1..366 */
    public Deadline deadline(LocalDate from, int workingDays) {
        if (workingDays < MIN_WORKING_DAYS || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be " + MIN_WORKING_DAYS + ".." + MAX_WORKING_DAYS);
        }
        CalendarSnapshot s = calendar.snapshot();
        List<SkippedDay> skipped = new ArrayList<>();
        List<LocalDate> madeUp = new ArrayList<>();
        TreeSet<Integer> unknown = new TreeSet<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            DayInfo info = s.info(day);
            Integer missing = s.unknownYearFor(day);
            if (missing != null) {
                unknown.add(missing);
            }
            if (!info.working()) {
                skipped.add(SkippedDay.of(info));
                continue;
            }
            counted++;
            if (info.kind() == DayKind.MAKEUP_WORKDAY) {
                madeUp.add(day);
            }
        }
        return new Deadline(from, workingDays, day, !unknown.isEmpty(), skipped, madeUp, List.copyOf(unknown));
    }
}
