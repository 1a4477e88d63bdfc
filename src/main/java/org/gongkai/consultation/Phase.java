package org.gongkai.consultation;

/** Where a consultation stands at a moment. */
enum Phase {
    DRAFT, UPCOMING, OPEN, CLOSED, REPORTED;

    public String labelKey() {
        return "consult.phase." + name();
    }
}
