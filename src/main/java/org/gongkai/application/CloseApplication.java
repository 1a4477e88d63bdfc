package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Gives an application its one outcome and closes it (by a reply, or when a period lapses). */
@Component
class CloseApplication {

    private final ApplicationStore store;
    private final ApplicationLog log;
    private final Today today;

    CloseApplication(ApplicationStore store, ApplicationLog log, Today today) {
        this.store = store;
        this.log = log;
        this.today = today;
    }

    /** {@code user} null: the system closes it (the daily job). The caller holds the row lock. Dated today. */
    void close(StaffUser user, DisclosureApplication app, ReplyOutcome outcome, String text) {
        close(user, app, outcome, text, null);
    }

    /**
     * As {@link #close(StaffUser, DisclosureApplication, ReplyOutcome, String)}, dated {@code on} (checked by the
     * caller; null: today): the day the reply was sent or the period lapsed, which decides the year of table 三 it
     * counts in, whatever day it was entered.
     */
    void close(StaffUser user, DisclosureApplication app, ReplyOutcome outcome, String text, LocalDate on) {
        LocalDate entered = today.date();
        LocalDate repliedOn = on == null ? entered : on;
        store.answer(app.id(), outcome, text, today.now(), repliedOn);
        var after = Transitions.with(Transitions.state(app), "status", ApplicationStatus.ANSWERED,
                "outcome", outcome, "reportRow", outcome.reportRow(), "repliedOn", repliedOn, "enteredOn", entered);
        if (user == null) {
            log.other("system", app, "answered", outcome.name(), true, after);
        } else {
            log.staff(user, app, "answered", outcome.name(), true, Transitions.state(app), after);
        }
    }
}
