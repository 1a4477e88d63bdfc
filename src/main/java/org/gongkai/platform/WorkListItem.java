package org.gongkai.platform;

import java.util.Collection;
import java.util.Set;

/**
 * A line of the work list on a staff member's landing page: how many things of one kind wait in their organisation,
 * and where the filtered list of them is. Each module declares its own as a bean (as it does its {@link AdminNavItem}),
 * so the landing page never needs to know the modules. {@code roles} are the role names that act on the things
 * counted; only they see the line. The count is one indexed query: it runs on every visit to the landing page.
 */
public record WorkListItem(String labelKey, String link, int order, Set<String> roles, Count count) {

    /** How many things wait in an organisation. */
    @FunctionalInterface
    public interface Count {
        long in(long organisationId);
    }

    /**
     * A count of what waits for one staff member personally (such as messages assigned to them); the work list asks
     * it with the member's id instead of {@link #in}.
     */
    @FunctionalInterface
    public interface PersonalCount extends Count {
        long forStaff(long organisationId, long staffId);

        @Override
        default long in(long organisationId) {
            return 0;
        }
    }

    public WorkListItem {
        roles = Set.copyOf(roles);
    }

    public boolean shownTo(Collection<String> userRoles) {
        return userRoles.stream().anyMatch(roles::contains);
    }
}
