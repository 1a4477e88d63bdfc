package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The catalog's back-office entry (what waits for review or publication is on the review's lines, ServicesReviewNavigation). */
@Configuration(proxyBeanMethods = false)
class GuideNavigation {

    @Bean
    AdminNavItem serviceGuideNav() {
        return new AdminNavItem("svc.guide.nav", GuideAdminPages.BASE, 39, Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name()));
    }
}
