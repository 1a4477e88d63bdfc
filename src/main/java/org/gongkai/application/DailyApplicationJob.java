package org.gongkai.application;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Electronic supervision (电子监察) and the periods that lapse, once a day under a database lock: ends third-party
 * consultations whose 15 working days are over, closes applications not corrected or not paid in time (其他处理),
 * and flags open applications at most 5 working days from due (NEAR) or past due (OVERDUE).
 */
@Component
class DailyApplicationJob {

    private static final Logger log = LoggerFactory.getLogger(DailyApplicationJob.class);

    private final ApplicationStore store;
    private final ThirdPartyConsultation consultation;
    private final RequestCorrection correction;
    private final FeeNotice fees;
    private final ClockKeeper clock;
    private final Today today;

    DailyApplicationJob(ApplicationStore store, ThirdPartyConsultation consultation, RequestCorrection correction,
                        FeeNotice fees, ClockKeeper clock, Today today) {
        this.store = store;
        this.consultation = consultation;
        this.correction = correction;
        this.fees = fees;
        this.clock = clock;
        this.today = today;
    }

    @Scheduled(cron = "${gongkai.application.daily-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "application-daily", lockAtMostFor = "PT30M")
    public void run() {
        runOnce();
    }

    /** One pass over the open applications; returns how many are flagged after it. */
    int runOnce() {
        LocalDate now = today.date();
        int flagged = 0;
        for (long id : store.openIds()) {
            try {
                DisclosureApplication app = store.get(id);
                switch (app.status()) {
                    case CONSULTING -> consultation.expire(id);
                    case AWAITING_CORRECTION -> {
                        if (now.isAfter(app.correctionDueOn())) {
                            correction.lapse(null, id);
                        }
                    }
                    case AWAITING_FEE -> {
                        if (now.isAfter(app.fee().dueOn())) {
                            fees.lapse(null, id);
                        }
                    }
                    default -> {
                    }
                }
                if (flag(store.get(id), now) != null) {
                    flagged++;
                }
            } catch (RuntimeException e) {
                log.error("daily pass over application {} failed", id, e);
            }
        }
        return flagged;
    }

    private String flag(DisclosureApplication app, LocalDate now) {
        String flag = null;
        if (app.status().open() && app.dueOn() != null && app.status() != ApplicationStatus.AWAITING_FEE) {
            Urgency u = Urgency.of(app.dueOn(), now, clock.workingDaysLeft(now, app.dueOn()));
            flag = u == Urgency.OVERDUE ? "OVERDUE" : u == Urgency.DUE_SOON ? "NEAR" : null;
        }
        store.setFlag(app.id(), flag);
        return flag;
    }
}
