package org.gongkai.application;

/**
 * Where an application stands. The 20-day clock runs in IN_PROGRESS only; in AWAITING_CORRECTION it waits to
 * restart, in CONSULTING and AWAITING_FEE it stands still (application_pause). ANSWERED is final.
 */
public enum ApplicationStatus {
    IN_PROGRESS, AWAITING_CORRECTION, CONSULTING, AWAITING_FEE, ANSWERED;

    public String labelKey() {
        return "app.status." + name();
    }

    public boolean open() {
        return this != ANSWERED;
    }
}
