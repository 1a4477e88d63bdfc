package org.gongkai.calendar;

import java.util.List;

/** One thing wrong with a year's data as an administrator gave it: the field, a message key and its arguments. */
record Problem(String field, String messageKey, List<Object> args) {

    static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
