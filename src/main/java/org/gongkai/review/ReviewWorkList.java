package org.gongkai.review;

import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Screening findings the reviewer still has to decide (mask or accept) on the documents waiting for review; the line
 * leads to the list of those documents ({@link FindingListPages}), where each links to its findings.
 */
@Configuration(proxyBeanMethods = false)
class ReviewWorkList {

    @Bean
    WorkListItem openFindingsLine(OpenFindings findings) {
        return new WorkListItem("worklist.findings.open", "/admin/findings", 13, Set.of("REVIEWER"), findings::count);
    }
}
