package org.gongkai.opendata;

import java.util.List;

/** Something a check found in an upload, in words: a message key and its arguments (line numbers, names, values). */
record Problem(String key, List<String> args) {

    static Problem of(String key, Object... args) {
        return new Problem(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
