package org.gongkai.university;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The back-office entry of the disclosure list, and a university's missing or overdue items on its staff's landing
 * page. The count computes the board (a handful of queries, not one): the list is 50 items of one organisation.
 */
@Configuration(proxyBeanMethods = false)
class BoardNavigation {

    @Bean
    AdminNavItem disclosureListNav() {
        return new AdminNavItem("uniboard.nav", "/admin/disclosure-list", 48,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.REVIEWER.name(), Role.DISCLOSURE_OFFICER.name()));
    }

    @Bean
    WorkListItem disclosureListFlagged(Boards boards, OrganisationDirectory organisations) {
        return new WorkListItem("uniboard.worklist.flagged", "/admin/disclosure-list?show=flagged", 48,
                Set.of(Role.EDITOR.name(), Role.PUBLISHER.name(), Role.DISCLOSURE_OFFICER.name()),
                org -> organisations.find(org).filter(Boards::isUniversity)
                        .map(u -> boards.forStaff(u, boards.today()).flagged()).orElse(0L));
    }
}
