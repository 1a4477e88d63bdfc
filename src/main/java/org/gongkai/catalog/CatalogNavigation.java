package org.gongkai.catalog;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The catalog's entry in the back-office navigation: shown to all staff, since all may read it. */
@Configuration(proxyBeanMethods = false)
class CatalogNavigation {

    @Bean
    AdminNavItem catalogNavItem() {
        return new AdminNavItem("catalog.nav", "/admin/catalog", 20, Set.of());
    }
}
