package org.gongkai.calendar;

import java.time.Instant;
import java.util.List;

/** A year an administrator loaded, as stored. */
record LoadedYear(int year, String source, List<String> papers, String loadedBy, Instant loadedAt, List<NoticeDay> days) {
}
