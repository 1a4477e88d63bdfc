package org.gongkai.participation;

import org.gongkai.identity.Role;
import org.gongkai.platform.AdminNavItem;
import org.gongkai.platform.WorkListItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The back-office entry of the message inbox, and the messages that wait on the landing page's work list: open ones
 * near their due date and open ones past it, each linking to the inbox filtered the same way.
 */
@Configuration(proxyBeanMethods = false)
class ParticipationNavigation {

    private static final Set<String> HANDLERS = Set.of(Role.DISCLOSURE_OFFICER.name(), Role.PUBLISHER.name(),
            Role.EDITOR.name());

    @Bean
    AdminNavItem messagesNav() {
        return new AdminNavItem("msg.nav.inbox", "/admin/messages", 45, HANDLERS);
    }

    @Bean
    WorkListItem messagesNearDue(MessageStore store, ReplyClock clock) {
        return new WorkListItem("msg.worklist.near", "/admin/messages?flag=NEAR", 30, HANDLERS, org -> {
            var today = clock.today();
            return store.countOpenDueBetween(org, today, clock.nearBy(today));
        });
    }

    @Bean
    WorkListItem messagesOverdue(MessageStore store, ReplyClock clock) {
        return new WorkListItem("msg.worklist.overdue", "/admin/messages?flag=OVERDUE", 31, HANDLERS,
                org -> store.countOverdue(org, clock.today()));
    }

    /** Open messages assigned to the staff member: their own work, near-due and overdue badges in the list. */
    @Bean
    WorkListItem messagesAssignedToMe(MessageAssignmentStore store) {
        return new WorkListItem("msg.worklist.mine", "/admin/messages?mine=true&status=OPEN", 29, HANDLERS,
                (WorkListItem.PersonalCount) store::countOpenAssignedTo);
    }

    /** Second looks asked by dissatisfied writers: they wait for the head of office. */
    @Bean
    WorkListItem messagesSecondLook(MessageStore store) {
        return new WorkListItem("msg.worklist.secondLook", "/admin/messages?flag=SECOND_LOOK", 32,
                Set.of(Role.PUBLISHER.name()), store::countSecondLooksWaiting);
    }

    @Bean
    AdminNavItem surveysNav() {
        return new AdminNavItem("survey.nav", "/admin/surveys", 47, HANDLERS);
    }

    @Bean
    AdminNavItem incidentsNav() {
        return new AdminNavItem("inc.nav", "/admin/incidents", 46, HANDLERS);
    }

    @Bean
    WorkListItem incidentsNearDue(IncidentStore store, HandleIncident handle) {
        return new WorkListItem("inc.worklist.near", "/admin/incidents?flag=NEAR", 28, HANDLERS,
                org -> store.countNear(org, handle.now()));
    }

    @Bean
    WorkListItem incidentsOverdue(IncidentStore store, HandleIncident handle) {
        return new WorkListItem("inc.worklist.overdue", "/admin/incidents?flag=OVERDUE", 27, HANDLERS,
                org -> store.countOverdue(org, handle.now()));
    }

    /** Incidents of the organisations directly below whose clocks were missed: escalated to this one. */
    @Bean
    WorkListItem incidentsEscalated(IncidentStore store, HandleIncident handle) {
        return new WorkListItem("inc.worklist.escalated", "/admin/incidents#escalated", 29,
                Set.of(Role.DISCLOSURE_OFFICER.name()), org -> store.countEscalated(org, handle.now()));
    }
}
