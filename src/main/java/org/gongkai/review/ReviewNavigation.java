package org.gongkai.review;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The review module's entries in the back office's navigation. */
@Configuration(proxyBeanMethods = false)
class ReviewNavigation {

    @Bean
    AdminNavItem negativeListNav() {
        return new AdminNavItem("review.nav.negativeList", "/admin/negative-list", 70, Set.of("SECURITY_ADMIN", "REVIEWER"));
    }

    @Bean
    AdminNavItem openFindingsNav() {
        return new AdminNavItem("review.nav.openFindings", "/admin/findings", 69, Set.of("REVIEWER"));
    }

    @Bean
    AdminNavItem screeningNav() {
        return new AdminNavItem("review.nav.screening", "/admin/screening", 71, Set.of());
    }
}
