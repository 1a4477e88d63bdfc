package org.gongkai.platform.web;

/** The signed-in user may not do this: answered with 403. The message is a message key. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String messageKey) {
        super(messageKey);
    }
}
