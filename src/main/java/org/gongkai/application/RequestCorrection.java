package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Correction (补正, Art. 30): one combined notice, given within 7 working days of receipt, with a period the
 * organisation sets (default 15 working days); when the corrected application arrives the 20 working days restart
 * from that day; not corrected within the period → 其他处理 / 逾期不补正.
 */
@Service
class RequestCorrection {


    private final ApplicationStore store;
    private final Transitions transitions;
    private final ClockKeeper clock;
    private final ApplicationLog log;
    private final CloseApplication close;

    RequestCorrection(ApplicationStore store, Transitions transitions, ClockKeeper clock,
                      ApplicationLog log, CloseApplication close) {
        this.store = store;
        this.transitions = transitions;
        this.clock = clock;
        this.log = log;
        this.close = close;
    }

    /** The last day a correction notice may be given. */
    LocalDate lastNoticeDay(DisclosureApplication app) {
        return clock.periodEnd(app.receivedOn(), StatutoryPeriods.CORRECTION_NOTICE);
    }

    @Transactional
    void request(StaffUser user, long id, String items, LocalDate on) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.IN_PROGRESS);
        if (items == null || items.isBlank() || items.length() > 5000) {
            throw InvalidInputException.of("items", "app.error.correctionItems");
        }
        if (app.correctionRequested()) {
            throw new ConflictException("app.conflict.correctionTwice");
        }
        LocalDate noticeOn = transitions.pastDate(on, app.receivedOn(), "on");
        LocalDate last = lastNoticeDay(app);
        if (noticeOn.isAfter(last)) {
            throw new ConflictException("app.conflict.correctionLate", last.toString());
        }
        int period = store.correctionWorkingDays(app.organisationId());
        LocalDate due = clock.periodEnd(noticeOn, period);
        store.awaitCorrection(id, due);
        log.staff(user, app, "correctionRequested", items.strip() + "\n（" + due + "）", true,
                Transitions.state(app), Transitions.with(Transitions.state(app), "status",
                        ApplicationStatus.AWAITING_CORRECTION, "correctionDueOn", due));
    }

    /** Staff record that the corrected application arrived on a day; the 20 working days run again from it. */
    @Transactional
    void recordArrival(StaffUser user, long id, LocalDate arrivedOn, String note) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.AWAITING_CORRECTION);
        LocalDate day = transitions.pastDate(arrivedOn, app.receivedOn(), "arrivedOn");
        restart(app, day);
        log.staff(user, app, "correctionReceived", note, true, Transitions.state(app),
                Transitions.with(Transitions.state(app), "status", ApplicationStatus.IN_PROGRESS, "clockStart", day));
    }

    /** The applicant sends the correction through the status page: it arrives today. */
    @Transactional
    void byApplicant(long id, String text) {
        DisclosureApplication app = store.lock(id);
        Transitions.requireStatus(app, ApplicationStatus.AWAITING_CORRECTION);
        if (text == null || text.isBlank() || text.length() > 5000) {
            throw InvalidInputException.of("correction", "app.error.correctionText");
        }
        LocalDate day = transitions.today();
        restart(app, day);
        log.other("applicant", app, "correctionSubmitted", text.strip(), true,
                Transitions.with(Transitions.state(app), "status", ApplicationStatus.IN_PROGRESS, "clockStart", day));
    }

    private void restart(DisclosureApplication app, LocalDate day) {
        store.restartClock(app.id(), day);
        clock.recompute(app.id());
    }

    /** The period ran out without a correction: 其他处理 / 逾期不补正. Staff may do it, the daily job does. */
    @Transactional // (called on this object, so the annotation on the other overload would not apply)
    void lapse(StaffUser user, long id) {
        lapse(user, id, null);
    }

    /** {@code on}: the day it lapsed, entered by staff (after the period ended, not after today); null: today. */
    @Transactional
    void lapse(StaffUser user, long id, LocalDate on) {
        DisclosureApplication app = user == null ? store.lock(id) : transitions.begin(user, id, ApplicationStatus.AWAITING_CORRECTION);
        Transitions.requireStatus(app, ApplicationStatus.AWAITING_CORRECTION);
        if (!transitions.today().isAfter(app.correctionDueOn())) {
            throw new ConflictException("app.conflict.notLapsed", app.correctionDueOn().toString());
        }
        LocalDate lapsedOn = on == null ? null : transitions.pastDate(on, app.correctionDueOn().plusDays(1), "on",
                "app.error.lapseOnFuture", "app.error.lapseOnBeforeEnd");
        close.close(user, app, ReplyOutcome.OTHER_NOT_CORRECTED, null, lapsedOn);
    }
}
