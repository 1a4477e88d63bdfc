package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/** The task ledger's back-office entry, and the publisher's work-list line: tasks with progress to publish. */
@Configuration(proxyBeanMethods = false)
class TaskLedgerNavigation {

    @Bean
    AdminNavItem taskLedgerNav() {
        return new AdminNavItem("svc.task.nav", TaskLedgerAdminPages.BASE, 37,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem taskLedgerToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.task.worklist", TaskLedgerAdminPages.BASE, 37,
                Set.of(Role.PUBLISHER.name()), org -> jdbc.sql("""
                        select count(*) from svc_task t
                         where t.organisation_id = ? and (t.published_at is null
                               or exists (select 1 from svc_progress p where p.task_id = t.id and p.published_at is null))""")
                .param(org).query(Long.class).single());
    }
}
