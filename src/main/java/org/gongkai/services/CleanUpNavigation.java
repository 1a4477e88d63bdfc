package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The clean-ups' back-office entry and the publisher's work-list line: applied clean-ups not yet published. */
@Configuration(proxyBeanMethods = false)
class CleanUpNavigation {

    @Bean
    AdminNavItem cleanUpNav() {
        return new AdminNavItem("svc.cleanup.nav", CleanUpAdminPages.BASE, 39,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem cleanUpsToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.cleanup.worklist", CleanUpAdminPages.BASE, 39, Set.of(Role.PUBLISHER.name()),
                org -> jdbc.sql("""
                        select count(*) from svc_cleanup
                         where organisation_id = ? and applied_at is not null and published_at is null""")
                        .param(org).query(Long.class).single());
    }
}
