package org.gongkai.consultation;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/** The back-office entry of consultations, and the comments waiting for moderation on the landing page. */
@Configuration(proxyBeanMethods = false)
class ConsultationNavigation {

    @Bean
    AdminNavItem consultationsNav() {
        return new AdminNavItem("consult.nav", "/admin/consultations", 26,
                Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    WorkListItem commentsToModerate(ConsultationStore store) {
        return new WorkListItem("consult.work.moderate", "/admin/consultations", 26,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name()), store::pendingModeration);
    }
}
