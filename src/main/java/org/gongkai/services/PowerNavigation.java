package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The lists' back-office entry, and the publisher's work-list line: drafts waiting to be published. */
@Configuration(proxyBeanMethods = false)
class PowerNavigation {

    @Bean
    AdminNavItem powerListNav() {
        return new AdminNavItem("svc.power.nav", PowerAdminPages.BASE, 38, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem powerListToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.power.worklist", PowerAdminPages.BASE, 38, Set.of(Role.PUBLISHER.name()),
                org -> jdbc.sql("""
                        select count(*) from svc_power_edition e join svc_power p on p.id = e.power_id
                         where p.organisation_id = ? and e.status = 'DRAFT'""").param(org).query(Long.class).single());
    }
}
