package org.gongkai.calendar;

import org.gongkai.platform.web.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/calendar/deadline?from=YYYY-MM-DD&workingDays=N}: the Nth working day after {@code from}.
 * Reasons are in Chinese; {@code lang=en} gives them in English. Bad parameters answer 400 with a message per field.
 */
@RestController
class DeadlineApi {

    private final DeadlineCalculator calculator;

    DeadlineApi(DeadlineCalculator calculator) {
        this.calculator = calculator;
    }

    /** The response body, field for field as the API promises. */
    record DeadlineJson(String from, int workingDays, String due, boolean provisional, List<SkippedJson> skipped,
                        List<String> madeUpWorkdays) {
    }

    record SkippedJson(String date, String reason) {
    }

    @GetMapping("/api/v1/calendar/deadline")
    DeadlineJson deadline(@RequestParam(required = false) String from,
                          @RequestParam(required = false) String workingDays,
                          @RequestParam(required = false) String lang) {
        DeadlineQuery q = DeadlineQuery.parse(from, workingDays);
        if (!q.valid()) {
            throw new InvalidInputException(new LinkedHashMap<>(q.errors()));
        }
        Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Deadline d = calculator.deadline(q.from(), q.workingDays());
        return new DeadlineJson(d.from().toString(), d.workingDays(), d.due().toString(), d.provisional(),
                d.skipped().stream().map(s -> new SkippedJson(s.date().toString(), s.reason(locale))).toList(),
                d.madeUpWorkdays().stream().map(Object::toString).toList());
    }
}
