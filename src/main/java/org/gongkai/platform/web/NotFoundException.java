package org.gongkai.platform.web;

/** An id or path that names nothing: answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
