package org.gongkai.opendata;

import java.time.LocalDate;

/** How urgent an open request is, shown as text (never colour alone); the application queue's rule. */
enum DataRequestUrgency {
    OVERDUE, DUE_SOON, ON_TIME, ANSWERED, ANSWERED_LATE;

    static DataRequestUrgency of(DataRequest r, LocalDate today, LocalDate nearBy) {
        if (r.status() == DataRequestStatus.ANSWERED) {
            return r.answeredOn().isAfter(r.dueOn()) ? ANSWERED_LATE : ANSWERED;
        }
        if (today.isAfter(r.dueOn())) {
            return OVERDUE;
        }
        return r.dueOn().isAfter(nearBy) ? ON_TIME : DUE_SOON;
    }

    public String labelKey() {
        return "odr.urgency." + name();
    }

    public String cssClass() {
        return "urgency-" + name().toLowerCase().replace('_', '-');
    }
}
