package org.gongkai.integrity.web;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.integrity.MirrorCandidates;
import org.gongkai.integrity.MirrorMatcher;
import org.gongkai.integrity.PageCleaner;
import org.gongkai.platform.AdminNavItem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Set;

/** The integrity module's beans: the cleaner, the matcher, a default (empty) source of candidates, navigation. */
@Configuration(proxyBeanMethods = false)
class IntegrityBeans {

    @Bean
    PageCleaner pageCleaner() {
        return new PageCleaner();
    }

    @Bean
    MirrorMatcher mirrorMatcher(PageCleaner cleaner) {
        return new MirrorMatcher(cleaner);
    }

    /** No published documents until the documents module provides its own {@link MirrorCandidates}. */
    @Bean
    @ConditionalOnMissingBean(MirrorCandidates.class)
    MirrorCandidates noMirrorCandidates() {
        return new MirrorCandidates() {
            @Override
            public List<org.gongkai.integrity.MirrorCandidate> published() {
                return List.of();
            }

            @Override
            public long version() {
                return 0;
            }
        };
    }

    @Bean
    AdminNavItem importNav() {
        return new AdminNavItem("integrity.nav.import", "/admin/import", 70, Set.of(Role.EDITOR.name()));
    }

    @Bean
    AdminNavItem mirrorChecksNav(OrganisationDirectory organisations) {
        return new AdminNavItem("integrity.nav.mirrorChecks", "/admin/mirror-checks", 71, Set.of(),
                auth -> StaffUser.signedIn(auth)
                        .filter(user -> organisations.ancestry(user.organisationId()).size() == 1).isPresent());
    }
}
