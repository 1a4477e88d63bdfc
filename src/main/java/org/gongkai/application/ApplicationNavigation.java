package org.gongkai.application;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back-office entries of the applications module. */
@Configuration(proxyBeanMethods = false)
class ApplicationNavigation {

    @Bean
    AdminNavItem applicationsNav() {
        return new AdminNavItem("app.nav.queue", "/admin/applications", 40,
                Set.of(Role.DISCLOSURE_OFFICER.name(), Role.PUBLISHER.name()));
    }

    @Bean
    AdminNavItem supervisionNav() {
        return new AdminNavItem("app.nav.supervision", "/admin/applications/supervision", 41,
                Set.of(Role.DISCLOSURE_OFFICER.name(), Role.PUBLISHER.name()));
    }
}
