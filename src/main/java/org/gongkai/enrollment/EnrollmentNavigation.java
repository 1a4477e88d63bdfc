package org.gongkai.enrollment;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back-office entries of school districts and enrollment information, and their drafts waiting for publication. */
@Configuration(proxyBeanMethods = false)
class EnrollmentNavigation {

    @Bean
    AdminNavItem schoolDistrictsNav() {
        return new AdminNavItem("zoning.nav", "/admin/school-districts", 46,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.REVIEWER.name()));
    }

    @Bean
    WorkListItem zoningDrafts(ZoningStore store) {
        return new WorkListItem("zoning.worklist.drafts", "/admin/school-districts", 46, Set.of(Role.PUBLISHER.name()),
                store::draftsOf);
    }

    @Bean
    AdminNavItem enrollmentInformationNav() {
        return new AdminNavItem("enrol.nav", "/admin/enrollment", 46,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.REVIEWER.name()));
    }

    @Bean
    WorkListItem enrollmentDrafts(EnrollmentStore store) {
        return new WorkListItem("enrol.worklist.drafts", "/admin/enrollment", 46, Set.of(Role.PUBLISHER.name()),
                store::draftsOf);
    }
}
