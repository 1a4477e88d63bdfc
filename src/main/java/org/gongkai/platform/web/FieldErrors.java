package org.gongkai.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors (field name to message key) while a form is validated. */
public final class FieldErrors {
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public FieldErrors require(boolean condition, String field, String messageKey) {
        if (!condition) {
            reject(field, messageKey);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
