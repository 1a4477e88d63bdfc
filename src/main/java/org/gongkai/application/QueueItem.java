package org.gongkai.application;

import java.time.LocalDate;

/** A queue row with its urgency, for the queue and the supervision pages. */
record QueueItem(QueueRow row, Integer workingDaysLeft, Urgency urgency) {

    /**
     * Working days left count only while the clock runs: during a consultation or while a fee is awaited the stored
     * due date assumes the pause lasts its full limit, so counting down to it would overstate the time left.
     */
    static QueueItem of(QueueRow r, LocalDate now, ClockKeeper clock) {
        if (r.dueOn() == null || r.status() != ApplicationStatus.IN_PROGRESS) {
            return new QueueItem(r, null, r.status().open() ? Urgency.STOPPED : Urgency.DONE);
        }
        int left = clock.workingDaysLeft(now, r.dueOn());
        return new QueueItem(r, left, Urgency.of(r.dueOn(), now, left));
    }
}
