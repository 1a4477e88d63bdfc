package org.gongkai.identity;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The administrators' entries in the back-office navigation. */
@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    AdminNavItem organisationsNavItem() {
        return new AdminNavItem("nav.organisations", "/admin/organisations", 80, Set.of(Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    AdminNavItem usersNavItem() {
        return new AdminNavItem("nav.users", "/admin/users", 81,
                Set.of(Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name()));
    }

    @Bean
    AdminNavItem departmentsNavItem() {
        return new AdminNavItem("nav.departments", "/admin/departments", 82, Set.of(Role.SYSTEM_ADMIN.name()));
    }
}
