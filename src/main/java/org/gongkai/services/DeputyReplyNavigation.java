package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * The replies' back-office entry and two work-list lines: replies waiting for a publisher, and the alert of the
 * chain — promises made in replies that are past their deadline and not kept.
 */
@Configuration(proxyBeanMethods = false)
class DeputyReplyNavigation {

    @Bean
    AdminNavItem deputyReplyNav() {
        return new AdminNavItem("svc.reply.nav", DeputyReplyAdminPages.BASE, 38,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem deputyRepliesToPublish(JdbcClient jdbc) {
        return new WorkListItem("svc.reply.worklist", DeputyReplyAdminPages.BASE, 38,
                Set.of(Role.PUBLISHER.name()), org -> jdbc.sql(
                        "select count(*) from svc_proposal where organisation_id = ? and published_at is null")
                .param(org).query(Long.class).single());
    }

    @Bean
    WorkListItem deputyPromisesOverdue(DeputyReplyStore store, ManageDeputyReplies manage) {
        return new WorkListItem("svc.reply.worklist.overdue", DeputyReplyAdminPages.BASE + "?overdue=true", 38,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()), org -> store.overduePromises(org, manage.today()));
    }
}
