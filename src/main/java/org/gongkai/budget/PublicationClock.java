package org.gongkai.budget;

import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * 预算法 art. 14: a department's budget and final accounts are published within twenty days (二十日, calendar days)
 * of the finance department's approval (批复). Counting starts the day after approval; when the twentieth day is not
 * a working day the period ends on the next working day, as for the platform's other periods (ADR 0032).
 */
@Component
class PublicationClock {

    static final int DAYS = 20;

    private final WorkingDayCalendar calendar;

    PublicationClock(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    LocalDate dueOn(LocalDate approvedOn) {
        LocalDate due = approvedOn.plusDays(DAYS);
        while (!calendar.isWorkingDay(due)) {
            due = due.plusDays(1);
        }
        return due;
    }
}
