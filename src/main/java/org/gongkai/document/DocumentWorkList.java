package org.gongkai.document;

import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

/**
 * The documents that wait for someone, on the landing page: 退回修改 for editors, 待审核 for reviewers,
 * 待发布 for publishers. Each links to the document list filtered the same way, so the count and the list agree.
 */
@Configuration(proxyBeanMethods = false)
class DocumentWorkList {

    @Bean
    WorkListItem rejectedDocuments(JdbcClient jdbc) {
        return item(jdbc, EditionStatus.REJECTED, "worklist.documents.rejected", 10, "EDITOR");
    }

    @Bean
    WorkListItem submittedDocuments(JdbcClient jdbc) {
        return item(jdbc, EditionStatus.SUBMITTED, "worklist.documents.submitted", 11, "REVIEWER");
    }

    @Bean
    WorkListItem approvedDocuments(JdbcClient jdbc) {
        return item(jdbc, EditionStatus.APPROVED, "worklist.documents.approved", 12, "PUBLISHER");
    }

    private static WorkListItem item(JdbcClient jdbc, EditionStatus status, String labelKey, int order, String role) {
        return new WorkListItem(labelKey, "/admin/documents?status=" + status.name(), order, Set.of(role),
                organisationId -> jdbc.sql("""
                                select count(*) from edition e join document d on d.id = e.document_id
                                where e.status = ? and d.organisation_id = ?""")
                        .params(status.name(), organisationId).query(Long.class).single());
    }
}
