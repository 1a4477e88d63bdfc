package org.gongkai.calendar;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back office's entry for the holiday calendar, shown to the system administrator. */
@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    AdminNavItem calendarNavItem() {
        return new AdminNavItem("calendar.admin.title", "/admin/calendar", 80, Set.of("SYSTEM_ADMIN"));
    }
}
