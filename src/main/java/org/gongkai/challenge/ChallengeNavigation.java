package org.gongkai.challenge;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back-office entry of the reconsideration and litigation records, next to the applications'. */
@Configuration(proxyBeanMethods = false)
class ChallengeNavigation {

    @Bean
    AdminNavItem challengesNav() {
        return new AdminNavItem("app.nav.challenges", "/admin/applications/challenges", 42,
                Set.of(Role.DISCLOSURE_OFFICER.name(), Role.PUBLISHER.name()));
    }
}
