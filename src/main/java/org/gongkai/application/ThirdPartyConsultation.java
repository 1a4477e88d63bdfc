package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * Third-party consultation (Art. 32): the third party has 15 working days; the time does not count toward the 20
 * days. The clock stops from the day after the consultation starts up to the day the answer arrives — or, without
 * an answer, up to the third party's 15th working day, when the daily job ends the consultation.
 */
@Service
class ThirdPartyConsultation {

    static final String KIND = "THIRD_PARTY";

    private final ApplicationStore store;
    private final Transitions transitions;
    private final ClockKeeper clock;
    private final ApplicationLog log;

    ThirdPartyConsultation(ApplicationStore store, Transitions transitions, ClockKeeper clock, ApplicationLog log) {
        this.store = store;
        this.transitions = transitions;
        this.clock = clock;
        this.log = log;
    }

    @Transactional
    void start(StaffUser user, long id, LocalDate on, String note) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.IN_PROGRESS);
        LocalDate day = transitions.pastDate(on, app.clockStart(), "on");
        LocalDate limit = clock.periodEnd(day, StatutoryPeriods.THIRD_PARTY);
        store.startPause(id, KIND, day, limit);
        store.setStatus(id, ApplicationStatus.CONSULTING);
        clock.recompute(id);
        log.staff(user, app, "consultationStarted", note, true, Transitions.state(app),
                Transitions.with(Transitions.state(app), "status", ApplicationStatus.CONSULTING, "thirdPartyBy", limit));
    }

    @Transactional
    void end(StaffUser user, long id, LocalDate on, String note) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.CONSULTING);
        Pause open = store.openPause(id, KIND).orElseThrow();
        LocalDate day = transitions.pastDate(on, open.startedOn(), "on");
        if (open.limitOn() != null && day.isAfter(open.limitOn())) {
            day = open.limitOn();   // the clock runs again after the third party's period, whatever was recorded
        }
        finish(app, day);
        log.staff(user, app, "consultationEnded", note, true, Transitions.state(app),
                Transitions.with(Transitions.state(app), "status", ApplicationStatus.IN_PROGRESS, "endedOn", day));
    }

    /** The third party's period is over without an answer recorded: the job ends the consultation at its limit. */
    @Transactional
    void expire(long id) {
        DisclosureApplication app = store.lock(id);
        if (app.status() != ApplicationStatus.CONSULTING) {
            return;
        }
        Pause open = store.openPause(id, KIND).orElseThrow();
        if (!transitions.today().isAfter(open.limitOn())) {
            return;
        }
        finish(app, open.limitOn());
        log.other("system", app, "consultationExpired", open.limitOn().toString(), true,
                Transitions.with(Transitions.state(app), "status", ApplicationStatus.IN_PROGRESS));
    }

    private void finish(DisclosureApplication app, LocalDate day) {
        store.endPause(app.id(), KIND, day);
        store.setStatus(app.id(), ApplicationStatus.IN_PROGRESS);
        clock.recompute(app.id());
    }
}
