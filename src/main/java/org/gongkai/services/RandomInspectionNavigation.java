package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The back-office entry of random inspections, and the publisher's work-list lines: draws due and results to publish. */
@Configuration(proxyBeanMethods = false)
class RandomInspectionNavigation {

    @Bean
    AdminNavItem randomInspectionNav() {
        return new AdminNavItem("svc.nav", RandomInspectionAdminPages.BASE, 38,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem randomInspectionDrawsDue(JdbcClient jdbc) {
        return new WorkListItem("svc.worklist.drawDue", RandomInspectionAdminPages.BASE + "?status=FROZEN", 38,
                Set.of(Role.PUBLISHER.name()), org -> jdbc.sql("""
                        select count(*) from svc_plan
                         where organisation_id = ? and status = 'FROZEN' and seed_available_at <= now()""")
                .param(org).query(Long.class).single());
    }

    @Bean
    WorkListItem randomInspectionResultsToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.worklist.results", RandomInspectionAdminPages.BASE + "?status=DRAWN", 39,
                Set.of(Role.PUBLISHER.name()), org -> jdbc.sql("""
                        select count(*) from svc_result r join svc_plan p on p.id = r.plan_id
                         where p.organisation_id = ? and r.published_at is null""")
                .param(org).query(Long.class).single());
    }
}
