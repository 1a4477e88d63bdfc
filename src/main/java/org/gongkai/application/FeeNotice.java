package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Fee notice (Art. 42, 国办函〔2020〕109号): one method per application, computed, never entered; the clock stands
 * still from the notice until payment; not paid within 20 working days → 其他处理 / 逾期未缴费.
 */
@Service
class FeeNotice {

    static final String KIND = "FEE";

    private final ApplicationStore store;
    private final Transitions transitions;
    private final ClockKeeper clock;
    private final ApplicationLog log;
    private final CloseApplication close;

    FeeNotice(ApplicationStore store, Transitions transitions, ClockKeeper clock,
              ApplicationLog log, CloseApplication close) {
        this.store = store;
        this.transitions = transitions;
        this.clock = clock;
        this.log = log;
        this.close = close;
    }

    /** The quantity the fee is computed from: the application's ordinal this month, or the pages. */
    int quantity(DisclosureApplication app, FeeMethod method, Integer pages) {
        if (method == FeeMethod.PER_APPLICATION) {
            return store.ordinalInMonth(app);
        }
        if (pages == null || pages < 1 || pages > 1_000_000) {
            throw InvalidInputException.of("pages", "app.error.pages");
        }
        return pages;
    }

    @Transactional
    void notice(StaffUser user, long id, FeeMethod method, Integer pages, LocalDate on) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.IN_PROGRESS);
        if (method == null) {
            throw InvalidInputException.of("method", "app.error.feeMethod");
        }
        if (app.fee() != null) {
            throw new ConflictException("app.conflict.feeTwice");
        }
        int quantity = quantity(app, method, pages);
        long amount = FeeCalculator.fee(method, quantity);
        if (amount == 0) {
            throw new ConflictException("app.conflict.feeFree", quantity);
        }
        LocalDate day = transitions.pastDate(on, app.clockStart(), "on");
        LocalDate payBy = clock.periodEnd(day, StatutoryPeriods.FEE_PAYMENT);
        store.startPause(id, KIND, day, null);
        store.awaitFee(id, method, quantity, (int) amount, payBy);
        clock.recompute(id);
        log.staff(user, app, "feeNoticed", method.name() + " " + quantity + " → " + amount + " 元（" + payBy + "）", true,
                Transitions.state(app), Transitions.with(Transitions.state(app), "status", ApplicationStatus.AWAITING_FEE,
                        "feeMethod", method, "quantity", quantity, "amount", amount, "payBy", payBy));
    }

    @Transactional
    void paid(StaffUser user, long id, LocalDate on) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.AWAITING_FEE);
        Pause open = store.openPause(id, KIND).orElseThrow();
        LocalDate day = transitions.pastDate(on, open.startedOn(), "on");
        store.endPause(id, KIND, day);
        store.feePaid(id, day);
        clock.recompute(id);
        log.staff(user, app, "feePaid", day.toString(), true, Transitions.state(app),
                Transitions.with(Transitions.state(store.get(id)), "paidOn", day));
    }

    @Transactional // (called on this object, so the annotation on the other overload would not apply)
    void lapse(StaffUser user, long id) {
        lapse(user, id, null);
    }

    /** {@code on}: the day it lapsed, entered by staff (after the period ended, not after today); null: today. */
    @Transactional
    void lapse(StaffUser user, long id, LocalDate on) {
        DisclosureApplication app = user == null ? store.lock(id) : transitions.begin(user, id, ApplicationStatus.AWAITING_FEE);
        Transitions.requireStatus(app, ApplicationStatus.AWAITING_FEE);
        if (!transitions.today().isAfter(app.fee().dueOn())) {
            throw new ConflictException("app.conflict.notLapsed", app.fee().dueOn().toString());
        }
        LocalDate lapsedOn = on == null ? null : transitions.pastDate(on, app.fee().dueOn().plusDays(1), "on",
                "app.error.lapseOnFuture", "app.error.lapseOnBeforeEnd");
        store.endPause(id, KIND, app.fee().dueOn());
        close.close(user, app, ReplyOutcome.OTHER_FEE_UNPAID, null, lapsedOn);
    }
}
