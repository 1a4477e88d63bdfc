package org.gongkai.inspection;

import org.gongkai.platform.AdminNavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.stream.Collectors;

@Configuration(proxyBeanMethods = false)
class InspectionNavigation {
    @Bean
    AdminNavItem inspectionNav() {
        return new AdminNavItem("inspection.nav", "/admin/inspection", 60,
                Arrays.stream(InspectionPages.ROLES).map(Enum::name).collect(Collectors.toSet()));
    }
}
