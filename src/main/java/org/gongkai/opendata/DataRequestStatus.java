package org.gongkai.opendata;

/** A data request is open until it is answered; the clock runs while it is open. */
enum DataRequestStatus {
    OPEN, ANSWERED;

    public String labelKey() {
        return "odr.status." + name();
    }
}
