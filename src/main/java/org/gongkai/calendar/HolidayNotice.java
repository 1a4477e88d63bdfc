package org.gongkai.calendar;

import java.util.List;

/**
 * The State Council's holiday arrangement for one year, as a list of the days it changes. It may name days at the
 * end of December of the year before (the New Year's Day arrangement sometimes starts there).
 */
record HolidayNotice(int year, List<String> papers, List<NoticeDay> days) {
    HolidayNotice {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }
}
