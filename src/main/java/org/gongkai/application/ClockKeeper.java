package org.gongkai.application;

import org.gongkai.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one clock of an application: every due date is counted here, with {@link DeadlineClock} on the working-day
 * calendar, from a period in {@link StatutoryPeriods}. The reply is due on the 20th (40th once extended) counted
 * working day after the clock's start, skipping the working days in which the clock stood still (third-party
 * consultation, outstanding fee). The first due date, on receipt, is the same count with nothing stopped yet;
 * {@link #recompute} runs after every transition, so the stored due date is always the one the rules give.
 */
@Component
class ClockKeeper {

    private final ApplicationStore store;
    private final WorkingDayCalendar calendar;

    ClockKeeper(ApplicationStore store, WorkingDayCalendar calendar) {
        this.store = store;
        this.calendar = calendar;
    }

    /** A due date, provisional when a day up to it is judged without its year's holiday notice. */
    record Due(LocalDate on, boolean provisional) {
    }

    /** The first due date of an application received on a day: the reply period, nothing stopped yet. */
    Due first(LocalDate receivedOn) {
        LocalDate on = DeadlineClock.due(receivedOn, StatutoryPeriods.REPLY, List.of(), calendar::isWorkingDay)
                .orElseThrow();
        return new Due(on, provisional(receivedOn, on));
    }

    /** The last day of a period that nothing stops (correction notice, third party, fee payment). */
    LocalDate periodEnd(LocalDate from, int workingDays) {
        return DeadlineClock.due(from, workingDays, List.of(), calendar::isWorkingDay).orElseThrow();
    }

    /** The due date as the rules give it now; empty while the clock stands still with no known end. */
    Optional<LocalDate> due(DisclosureApplication app) {
        if (app.status() == ApplicationStatus.AWAITING_CORRECTION) {
            return Optional.empty();
        }
        return DeadlineClock.due(app.clockStart(), app.workingDays(), stops(app), calendar::isWorkingDay);
    }

    /** The stops that count: those after the clock's (re)start. */
    List<ClockStop> stops(DisclosureApplication app) {
        return store.pauses(app.id()).stream()
                .filter(p -> !p.startedOn().isBefore(app.clockStart()))
                .map(Pause::asStop).toList();
    }

    /** Recomputes and stores the due date of an open application. */
    void recompute(long applicationId) {
        DisclosureApplication app = store.get(applicationId);
        if (!app.status().open()) {
            return;
        }
        Optional<LocalDate> due = due(app);
        boolean provisional = due.map(d -> provisional(app.clockStart(), d)).orElse(false);
        store.setDue(applicationId, due.orElse(null), provisional);
    }

    /** True when a day in (from, to] is judged without its year's holiday notice. */
    boolean provisional(LocalDate from, LocalDate to) {
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (!calendar.dayInfo(d).settled()) {
                return true;
            }
        }
        return false;
    }

    /** Working days from today to the due date, as the calendar counts them (negative once past). */
    int workingDaysLeft(LocalDate today, LocalDate due) {
        return calendar.countWorkingDays(today, due).workingDays();
    }
}
