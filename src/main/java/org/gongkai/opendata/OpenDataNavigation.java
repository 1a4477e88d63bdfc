package org.gongkai.opendata;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * The back-office entries of open data (datasets, data requests), the publisher's work-list line of datasets with
 * unpublished versions, and the lines of data requests near due and overdue for those who answer them.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataNavigation {

    @Bean
    AdminNavItem openDataNav() {
        return new AdminNavItem("od.nav", "/admin/opendata", 37, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    AdminNavItem dataSeriesNav() {
        return new AdminNavItem("ods.nav", "/admin/opendata/series", 37, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem openDataToPublish(JdbcClient jdbc) {
        return new WorkListItem("od.worklist.toPublish", "/admin/opendata?pending=true", 37,
                Set.of(Role.PUBLISHER.name()), org -> jdbc.sql("""
                        select count(distinct r.dataset_id) from od_resource_version v
                          join od_resource r on r.id = v.resource_id join od_dataset d on d.id = r.dataset_id
                         where d.organisation_id = ? and v.published_at is null""")
                .param(org).query(Long.class).single());
    }

    @Bean
    AdminNavItem dataRequestsNav() {
        return new AdminNavItem("odr.nav", "/admin/opendata/requests", 38,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    WorkListItem dataRequestsNearDue(DataRequestStore store, DataRequestClock clock) {
        return new WorkListItem("odr.worklist.near", "/admin/opendata/requests?flag=NEAR", 38, handlers(), org -> {
            java.time.LocalDate today = clock.today();
            return store.countNear(org, today, clock.nearBy(today));
        });
    }

    @Bean
    WorkListItem dataRequestsOverdue(DataRequestStore store, DataRequestClock clock) {
        return new WorkListItem("odr.worklist.overdue", "/admin/opendata/requests?flag=OVERDUE", 39, handlers(),
                org -> store.countOverdue(org, clock.today()));
    }

    private static Set<String> handlers() {
        return java.util.Arrays.stream(AnswerDataRequest.HANDLERS).map(Role::name)
                .collect(java.util.stream.Collectors.toSet());
    }
}
