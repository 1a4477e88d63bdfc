package org.gongkai.opendata;

import org.gongkai.calendar.Deadline;
import org.gongkai.calendar.DeadlineCalculator;
import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The clock of a data request: the disclosure clock of an application (《政府信息公开条例》 art. 33, the reply
 * within 20 working days of receipt) counted on the working-day calendar. The application module keeps its periods
 * ({@code StatutoryPeriods}) and its {@code ClockKeeper} inside the module, so the same period is counted here with
 * the calendar's public {@link DeadlineCalculator}. Near due: at most 5 working days left, the application queue's rule.
 */
@Component
class DataRequestClock {

    /** Art. 33 of the Regulations, as {@code application.StatutoryPeriods.REPLY}. */
    static final int REPLY_WORKING_DAYS = 20;
    /** As {@code application.Urgency.NEAR_WORKING_DAYS}. */
    static final int NEAR_WORKING_DAYS = 5;

    private final DeadlineCalculator deadlines;
    private final Clock clock;

    DataRequestClock(DeadlineCalculator deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    Deadline due(LocalDate receivedOn) {
        return deadlines.deadline(receivedOn, REPLY_WORKING_DAYS);
    }

    /** The last due date that counts as near due on a day. */
    LocalDate nearBy(LocalDate today) {
        return deadlines.deadline(today, NEAR_WORKING_DAYS).due();
    }

    DataRequestUrgency urgency(DataRequest r) {
        LocalDate today = today();
        return DataRequestUrgency.of(r, today, nearBy(today));
    }
}
