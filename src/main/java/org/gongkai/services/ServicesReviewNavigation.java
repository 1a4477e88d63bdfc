package org.gongkai.services;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The review queue's entry and its work-list lines (ADR 0049): reviewers see what is submitted and the warnings
 * issued before review; publishers see what is approved and waits to be published.
 */
@Configuration(proxyBeanMethods = false)
class ServicesReviewNavigation {

    @Bean
    AdminNavItem servicesReviewNav() {
        return new AdminNavItem("svc.review.nav", ReviewAdminPages.BASE, 41,
                Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name()));
    }

    @Bean
    WorkListItem servicesReviewSubmitted(ReviewStore store) {
        return new WorkListItem("svc.review.worklist.submitted", ReviewAdminPages.BASE + "?status=SUBMITTED", 41,
                Set.of(Role.REVIEWER.name()), org -> store.count(org, ReviewStatus.SUBMITTED));
    }

    @Bean
    WorkListItem servicesReviewApproved(ReviewStore store) {
        return new WorkListItem("svc.review.worklist.approved", ReviewAdminPages.BASE + "?status=APPROVED", 41,
                Set.of(Role.PUBLISHER.name()), org -> store.count(org, ReviewStatus.APPROVED));
    }

    @Bean
    WorkListItem servicesReviewExpedited(ReviewStore store) {
        return new WorkListItem("svc.review.worklist.expedited", ReviewAdminPages.BASE + "?status=EXPEDITED", 41,
                Set.of(Role.REVIEWER.name()), org -> store.count(org, ReviewStatus.EXPEDITED));
    }
}
