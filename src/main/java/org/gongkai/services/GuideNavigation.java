package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The catalog's back-office entry, and the publisher's work-list line: guide drafts waiting to be published. */
@Configuration(proxyBeanMethods = false)
class GuideNavigation {

    @Bean
    AdminNavItem serviceGuideNav() {
        return new AdminNavItem("svc.guide.nav", GuideAdminPages.BASE, 39, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem serviceGuideToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.guide.worklist", GuideAdminPages.BASE, 39, Set.of(Role.PUBLISHER.name()),
                org -> jdbc.sql("""
                        select count(*) from svc_guide g join svc_service s on s.id = g.service_id
                         where s.organisation_id = ? and g.status = 'DRAFT'""").param(org).query(Long.class).single());
    }
}
