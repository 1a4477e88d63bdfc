package org.gongkai.operations;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back office's entry for backups, shown to the system administrator. */
@Configuration(proxyBeanMethods = false)
class OperationsNavigation {

    @Bean
    AdminNavItem operationsNavItem() {
        return new AdminNavItem("operations.nav", "/admin/operations/backups", 950, Set.of("SYSTEM_ADMIN"));
    }
}
