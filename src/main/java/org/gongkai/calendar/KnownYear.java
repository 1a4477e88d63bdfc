package org.gongkai.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year whose holiday notice the calendar knows.
 *
 * @param shipped   the notice ships with the application
 * @param loadedBy  who loaded it in the back office (null when only shipped); a loaded year overrides the shipped one
 * @param source    how it was loaded: JSON or MANUAL (null when only shipped)
 */
public record KnownYear(int year, boolean shipped, String source, String loadedBy, Instant loadedAt,
                        List<String> papers, int offDays, int makeUpDays) {

    public boolean loaded() {
        return loadedBy != null;
    }
}
