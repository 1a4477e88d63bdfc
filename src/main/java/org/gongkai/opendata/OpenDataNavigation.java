package org.gongkai.opendata;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The back-office entry of open data, and the publisher's work-list line of datasets with unpublished versions. */
@Configuration(proxyBeanMethods = false)
class OpenDataNavigation {

    @Bean
    AdminNavItem openDataNav() {
        return new AdminNavItem("od.nav", "/admin/opendata", 37, Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
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
}
