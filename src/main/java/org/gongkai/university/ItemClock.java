package org.gongkai.university;

/** Which clock an item of the list runs on. */
public enum ItemClock {
    /** 教办函〔2014〕23号 二: published within 20 working days of being made or obtained, updated within 20 of a change. */
    CHANGE,
    /** The university's annual report on the academic year, due by 31 October after it (spec/20, spec/30). */
    ANNUAL_REPORT
}
