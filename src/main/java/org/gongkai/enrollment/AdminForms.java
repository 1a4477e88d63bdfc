package org.gongkai.enrollment;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.http.HttpStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** What the back-office pages of school districts and of enrollment information do alike with their forms. */
final class AdminForms {

    private AdminForms() {
    }

    /**
     * Runs a form's action and answers its redirect; when a field is wrong, answers 400 with the page again, made by
     * {@code again} from the field messages.
     */
    static String submit(HttpServletResponse response, Supplier<String> action,
                         Function<Map<String, String>, String> again) {
        try {
            return action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return again.apply(e.fieldErrors());
        }
    }

    /** The year typed into the form that opens one; null when blank or not a number (the action names the field). */
    static Integer year(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The year the form proposes: the one typed, or this year in Beijing. */
    static String proposedYear(String typed, Clock clock) {
        return typed != null ? typed : String.valueOf(LocalDate.now(clock.withZone(Zones.CHINA)).getYear());
    }
}
