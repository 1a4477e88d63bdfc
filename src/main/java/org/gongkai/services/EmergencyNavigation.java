package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** Emergency information's back-office entry (what waits for review or issue is on the review's lines, ServicesReviewNavigation). */
@Configuration(proxyBeanMethods = false)
class EmergencyNavigation {

    @Bean
    AdminNavItem emergencyNav() {
        return new AdminNavItem("svc.emergency.nav", EmergencyAdminPages.BASE, 40, Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name()));
    }
}
