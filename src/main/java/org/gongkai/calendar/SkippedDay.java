package org.gongkai.calendar;

import java.time.LocalDate;

/** A day a deadline did not count, and why: {@code reason} in Chinese (周末, 春节…), {@code reasonEn} in English. */
public record SkippedDay(LocalDate date, String reason, String reasonEn) {

    static SkippedDay of(DayInfo day) {
        return new SkippedDay(day.date(), day.reason(), day.reason(java.util.Locale.ENGLISH));
    }

    public String reason(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? reasonEn : reason;
    }
}
