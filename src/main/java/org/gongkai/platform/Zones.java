package org.gongkai.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The platform's civil time zone: dates on documents and deadlines are Beijing dates. */
public final class Zones {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }

    /**
     * The moment for a day that was recorded without a time ("received on 3 December", taken as noon Beijing time),
     * but never later than {@code now}: a letter entered at 09:00 today was not received this afternoon.
     */
    public static Instant atButNotAfter(LocalDate day, LocalTime time, Instant now) {
        Instant at = day.atTime(time).atZone(CHINA).toInstant();
        return at.isAfter(now) ? now : at;
    }
}
