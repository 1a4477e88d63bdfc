package org.gongkai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that fails validation, with a message key per field: answered with 400. */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors);
        // in the order the form's fields were checked, so an error summary reads top to bottom
        this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String messageKey) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(field, messageKey);
        return new InvalidInputException(m);
    }

    /** Field name to message key, in the order they were found. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
