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
}
