package org.gongkai.application;

import java.time.LocalDate;

/** How urgent an open application is, shown as text and colour (never colour alone). */
enum Urgency {
    OVERDUE, DUE_SOON, ON_TIME, STOPPED, DONE;

    /** Supervision's rule: past due, or at most 5 working days left. */
    static final int NEAR_WORKING_DAYS = 5;

    static Urgency of(LocalDate due, LocalDate today, int workingDaysLeft) {
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return workingDaysLeft <= NEAR_WORKING_DAYS ? DUE_SOON : ON_TIME;
    }

    public String labelKey() {
        return "app.urgency." + name();
    }

    public String cssClass() {
        return "urgency-" + name().toLowerCase().replace('_', '-');
    }
}
