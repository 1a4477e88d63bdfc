package org.gongkai.services;

import org.gongkai.platform.web.InvalidInputException;

/** What the module's public JSON APIs share: the page size asked for (default 50, 1–100, else 400). */
final class ServicesApis {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 100;

    private ServicesApis() {
    }

    static int size(Integer size) {
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1 || s > MAX_SIZE) {
            throw InvalidInputException.of("size", "svc.error.size");
        }
        return s;
    }
}
