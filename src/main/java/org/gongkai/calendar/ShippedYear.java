package org.gongkai.calendar;

import java.util.List;

/** A year's notice as shipped inside the application (resource {@code calendar/holidays-cn.tsv}). */
record ShippedYear(int year, List<String> papers, List<CalendarDay> days) {
    ShippedYear {
        papers = List.copyOf(papers);
        days = List.copyOf(days);
    }
}
