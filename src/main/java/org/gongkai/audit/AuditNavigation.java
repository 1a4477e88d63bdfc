package org.gongkai.audit;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    AdminNavItem auditNavItem() {
        return new AdminNavItem("audit.nav", "/admin/audit", 900, Set.of("AUDIT_ADMIN"));
    }
}
