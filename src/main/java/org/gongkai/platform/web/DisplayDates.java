package org.gongkai.platform.web;

import org.gongkai.platform.Zones;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats times for pages in Beijing time; templates call it as {@code ${@dates.time(x)}}. */
@Component("dates")
public class DisplayDates {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CHINA);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Zones.CHINA);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Zones.CHINA);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(Zones.CHINA);

    public String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /** An exact moment (a log entry, a signature), to the second, with the zone stated. */
    public String exact(Instant t) {
        return t == null ? "" : EXACT.format(t) + " (UTC+8)";
    }

    public String date(Instant t) {
        return t == null ? "" : DATE.format(t);
    }

    public String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The value of a datetime-local input, in Beijing time. */
    public String input(Instant t) {
        return t == null ? "" : INPUT.format(t);
    }
}
