package org.gongkai.review;

import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * Screening findings the reviewer still has to decide (mask or accept) on the documents waiting for review. They are
 * decided on each document's page, so the line leads to the documents waiting for review.
 */
@Configuration(proxyBeanMethods = false)
class ReviewWorkList {

    @Bean
    WorkListItem openFindings(JdbcClient jdbc) {
        return new WorkListItem("worklist.findings.open", "/admin/documents?status=SUBMITTED", 13, Set.of("REVIEWER"),
                org -> jdbc.sql("""
                                select count(*) from screening_finding f
                                join edition e on e.id = f.edition_id and e.revision_id = f.revision_id
                                where f.organisation_id = ? and f.status = 'OPEN' and e.status = 'SUBMITTED'""")
                        .param(org).query(Long.class).single());
    }
}
