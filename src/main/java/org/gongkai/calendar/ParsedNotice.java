package org.gongkai.calendar;

import java.util.List;

/** The outcome of reading a year's notice: the notice when it is sound, else the problems found. */
record ParsedNotice(HolidayNotice notice, List<Problem> problems) {

    ParsedNotice {
        problems = List.copyOf(problems);
        if (problems.isEmpty() && notice == null) {
            throw new IllegalArgumentException("a parse without problems must give a notice");
        }
    }

    static ParsedNotice ok(HolidayNotice notice) {
        return new ParsedNotice(notice, List.of());
    }

    static ParsedNotice failed(List<Problem> problems) {
        return new ParsedNotice(null, problems);
    }

    boolean isOk() {
        return problems.isEmpty();
    }
}
