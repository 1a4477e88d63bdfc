package org.gongkai.interpretation;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The back-office entry of interpretations, after the documents'; the major policies published without
 * interpretation for too long on the landing page.
 */
@Configuration(proxyBeanMethods = false)
class InterpretationNavigation {

    @Bean
    AdminNavItem interpretationsNav() {
        return new AdminNavItem("interp.nav", "/admin/interpretations", 25,
                Set.of(Role.EDITOR.name(), Role.REVIEWER.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    WorkListItem majorPoliciesWithoutInterpretation(MissingInterpretations missing) {
        return new WorkListItem("interp.work.missing", "/admin/interpretations/major", 25,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()), missing::overdueIn);
    }
}
