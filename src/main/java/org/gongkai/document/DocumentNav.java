package org.gongkai.document;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

@Configuration(proxyBeanMethods = false)
class DocumentNav {
    @Bean
    AdminNavItem documentsNav() {
        return new AdminNavItem("nav.documents", "/admin/documents", 20,
                Set.of("EDITOR", "REVIEWER", "PUBLISHER", "DISCLOSURE_OFFICER"));
    }
}
