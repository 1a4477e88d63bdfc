package org.gongkai.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two inputs of a deadline question as typed (page) or sent (API), checked: {@code from} a real date in
 * 1949–2200, {@code workingDays} a whole number in 1..366. Errors map a field to a message key.
 */
record DeadlineQuery(LocalDate from, Integer workingDays, Map<String, String> errors) {

    static DeadlineQuery parse(String fromText, String workingDaysText) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = null;
        if (fromText == null || fromText.isBlank()) {
            errors.put("from", "deadline.error.from.missing");
        } else {
            try {
                from = LocalDate.parse(fromText.trim());
                if (!NoticeRules.yearInRange(from.getYear())) {
                    errors.put("from", "deadline.error.from.range");
                    from = null;
                }
            } catch (DateTimeParseException e) {
                errors.put("from", "deadline.error.from.invalid");
            }
        }
        Integer n = null;
        if (workingDaysText == null || workingDaysText.isBlank()) {
            errors.put("workingDays", "deadline.error.workingDays.missing");
        } else if (!workingDaysText.trim().matches("[+-]?\\d{1,9}")) {
            errors.put("workingDays", "deadline.error.workingDays.invalid");
        } else {
            n = Integer.parseInt(workingDaysText.trim());
            if (n < DeadlineCalculator.MIN_WORKING_DAYS || n > DeadlineCalculator.MAX_WORKING_DAYS) {
                errors.put("workingDays", "deadline.error.workingDays.range");
                n = null;
            }
        }
        return new DeadlineQuery(from, n, Map.copyOf(errors));
    }

    boolean valid() {
        return errors.isEmpty();
    }
}
