package org.gongkai.platform.web;

/** The action does not fit the current state (a stale edit, a forbidden transition): answered with 409. */
public class ConflictException extends RuntimeException {
    private final Object[] args;

    public ConflictException(String messageKey, Object... args) {
        super(messageKey);
        this.args = args;
    }

    public Object[] args() {
        return args;
    }
}
