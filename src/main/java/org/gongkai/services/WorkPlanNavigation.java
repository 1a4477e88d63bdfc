package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The work plans' back-office entry. */
@Configuration(proxyBeanMethods = false)
class WorkPlanNavigation {

    @Bean
    AdminNavItem workPlanNav() {
        return new AdminNavItem("svc.plan.nav", WorkPlanAdminPages.BASE, 36, Set.of(Role.EDITOR.name()));
    }
}
