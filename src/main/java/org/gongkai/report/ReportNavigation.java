package org.gongkai.report;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class ReportNavigation {
    @Bean
    AdminNavItem reportFiguresNav() {
        return new AdminNavItem("nav.report", "/admin/report", 70,
                Set.of("DISCLOSURE_OFFICER", "PUBLISHER", "REVIEWER", "EDITOR"));
    }
}
