package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** Emergency information's back-office entry and the publisher's line: drafts waiting to be issued or published. */
@Configuration(proxyBeanMethods = false)
class EmergencyNavigation {

    @Bean
    AdminNavItem emergencyNav() {
        return new AdminNavItem("svc.emergency.nav", EmergencyAdminPages.BASE, 40, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem emergencyToIssue(JdbcClient jdbc) {
        return new WorkListItem("svc.emergency.worklist", EmergencyAdminPages.BASE, 40, Set.of(Role.PUBLISHER.name()),
                org -> jdbc.sql("""
                        select (select count(*) from svc_warning where organisation_id = ? and issued_at is null and expires > now())
                             + (select count(*) from svc_emergency_plan where organisation_id = ? and published_at is null)""")
                        .params(org, org).query(Long.class).single());
    }
}
