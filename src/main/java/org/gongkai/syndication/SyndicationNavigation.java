package org.gongkai.syndication;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back-office entry of re-posting, after interpretations, and the queue on the landing page's work list. */
@Configuration(proxyBeanMethods = false)
class SyndicationNavigation {

    /** The operator approves sources on other instances before anything is fetched from them (ADR 0041). */
    @Bean
    AdminNavItem remoteSourceApprovalsNav() {
        return new AdminNavItem("remote.approvals.title", "/admin/syndication/remote/approvals", 955,
                Set.of(Role.SYSTEM_ADMIN.name()));
    }

    @Bean
    AdminNavItem syndicationNav() {
        return new AdminNavItem("repost.nav", "/admin/syndication", 26,
                Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    AdminNavItem newMediaNav() {
        return new AdminNavItem("media.nav", "/admin/new-media", 27,
                Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    WorkListItem repostQueueWork(SyndicationStore store) {
        return new WorkListItem("repost.work.queued", "/admin/syndication?status=QUEUED", 26,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()), store::countQueued);
    }
}
