package org.gongkai.services;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every back-office form of this module does with a refusal: the action runs; when it is refused with field
 * messages the page comes back with status 400, the messages and what was typed; refused as a conflict, with 409 and
 * its message. (The 双随机 pages grew their own copy of this; the others share this one.)
 */
final class ServicesForms {

    private ServicesForms() {
    }

    /** Runs {@code action} (returning the redirect); on a refusal answers 400 with {@code refused} given the errors. */
    static String submit(HttpServletResponse response, Supplier<String> action,
                         Function<Map<String, String>, String> refused) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return refused.apply(e.fieldErrors());
        }
    }

    /** As {@link #submit(HttpServletResponse, Supplier, Function)}, and a conflict answers 409 with its message key. */
    static String submit(HttpServletResponse response, Supplier<String> action,
                         Function<Map<String, String>, String> refused, Function<String, String> conflicted) {
        try {
            return submit(response, action, refused);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return conflicted.apply(e.getMessage());
        }
    }

    /** A year typed in a filter: null when blank, 400 when not a year the platform keeps. */
    static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Integer y = PlanValidation.integer(value);
        if (y == null || y < 2000 || y > 2200) {
            throw InvalidInputException.of("year", "svc.task.error.year");
        }
        return y;
    }
}
