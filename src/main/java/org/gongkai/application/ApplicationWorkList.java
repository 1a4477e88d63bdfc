package org.gongkai.application;

import org.gongkai.identity.Role;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * The applications that wait for the disclosure officer, on the landing page: new ones no one has acted on yet,
 * those being handled with the clock
 * running, those within 5 working days of their due date and those past it (the daily job's NEAR and OVERDUE flags).
 * Each links to the queue filtered the same way, so the count and the list agree.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationWorkList {

    private static final Set<String> OFFICERS = Set.of(Role.DISCLOSURE_OFFICER.name());

    @Bean
    WorkListItem applicationsInProgress(JdbcClient jdbc) {
        return new WorkListItem("worklist.applications.inProgress", "/admin/applications?status=IN_PROGRESS", 20, OFFICERS,
                org -> jdbc.sql("select count(*) from disclosure_application where organisation_id = ? and status = 'IN_PROGRESS'")
                        .param(org).query(Long.class).single());
    }

    @Bean
    WorkListItem applicationsNew(JdbcClient jdbc) {
        return new WorkListItem("worklist.applications.new", "/admin/applications?flag=" + QueueFilter.NEW, 19, OFFICERS,
                org -> jdbc.sql("""
                                select count(*) from disclosure_application
                                where organisation_id = ? and holder_id is null and status <> 'ANSWERED'""")
                        .param(org).query(Long.class).single());
    }

    @Bean
    WorkListItem applicationsDueSoon(JdbcClient jdbc) {
        return flagged(jdbc, "NEAR", "worklist.applications.near", 21);
    }

    @Bean
    WorkListItem applicationsOverdue(JdbcClient jdbc) {
        return flagged(jdbc, "OVERDUE", "worklist.applications.overdue", 22);
    }

    private static WorkListItem flagged(JdbcClient jdbc, String flag, String labelKey, int order) {
        return new WorkListItem(labelKey, "/admin/applications?flag=" + flag, order, OFFICERS,
                org -> jdbc.sql("""
                                select count(*) from disclosure_application
                                where organisation_id = ? and flag = ? and status <> 'ANSWERED'""")
                        .params(org, flag).query(Long.class).single());
    }
}
