package org.gongkai.participation;

import java.time.Duration;

/**
 * How grave a public-concern incident is (一般 / 较大 / 重大 / 特别重大). It fixes the clocks (国办发〔2016〕61号, policy
 * art. 十三): for 重大 and 特别重大 authoritative information within 5 hours and a press conference within 24 hours of
 * discovery; for the others a response within 48 hours.
 */
public enum IncidentSeverity {
    GENERAL, LARGER, MAJOR, ESPECIALLY_MAJOR;

    static final Duration AUTHORITATIVE = Duration.ofHours(5);
    static final Duration PRESS = Duration.ofHours(24);
    static final Duration RESPONSE = Duration.ofHours(48);

    boolean major() {
        return this == MAJOR || this == ESPECIALLY_MAJOR;
    }

    /** The first clock: authoritative information (major) or a response (the others). */
    Duration responseWindow() {
        return major() ? AUTHORITATIVE : RESPONSE;
    }

    public String labelKey() {
        return "inc.severity." + name();
    }
}
