package org.gongkai.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a staff member's signed-in sessions (Spring Session JDBC, indexed by principal name): the other ones when
 * they change their password, all of them when an administrator or the operator resets or disables the account.
 * The command-line face has no session store, and then there is nothing to end.
 */
@Component
class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** Ends every session of the user except {@code keep} (may be null); answers how many ended. */
    int endSessions(String username, String keep) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
