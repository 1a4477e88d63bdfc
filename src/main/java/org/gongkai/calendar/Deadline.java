package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The Nth working day after a date, with its explanation.
 *
 * @param from           the day the period runs from; counting starts the day after
 * @param workingDays    N
 * @param due            the Nth working day after {@code from}
 * @param provisional    true when the period reaches into a year whose holiday notice is not loaded: such days were
 *                       judged by weekends alone and the date may move once the notice is loaded
 * @param skipped        every day after {@code from} and before {@code due} that was not counted, with the reason
 * @param madeUpWorkdays the make-up workdays (weekend days worked, 调休) that were counted
 * @param unknownYears   the years whose missing notice makes the result provisional
 */
public record Deadline(LocalDate from, int workingDays, LocalDate due, boolean provisional, List<SkippedDay> skipped,
                       List<LocalDate> madeUpWorkdays, List<Integer> unknownYears) {

    public Deadline {
        skipped = List.copyOf(skipped);
        madeUpWorkdays = List.copyOf(madeUpWorkdays);
        unknownYears = List.copyOf(unknownYears);
    }
}
