package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The working days between two dates: those in ({@code after}, {@code upTo}], or, when {@code upTo} is before
 * {@code after}, minus those in ({@code upTo}, {@code after}] (a deadline already passed gives a negative count).
 *
 * @param provisional  true when a counted range reaches into a year whose notice is not loaded
 * @param unknownYears those years
 */
public record WorkingDayCount(LocalDate after, LocalDate upTo, int workingDays, boolean provisional,
                              List<Integer> unknownYears) {

    public WorkingDayCount {
        unknownYears = List.copyOf(unknownYears);
    }
}
