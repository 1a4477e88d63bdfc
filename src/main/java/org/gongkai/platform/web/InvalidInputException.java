package org.gongkai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input that fails validation, with a message key per field: answered with 400. */
public class InvalidInputException extends RuntimeException {
    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInputException of(String field, String messageKey) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(field, messageKey);
        return new InvalidInputException(m);
    }

    /** Field name to message key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
