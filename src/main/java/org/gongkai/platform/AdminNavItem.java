package org.gongkai.platform;

import org.springframework.security.core.Authentication;

import java.util.Set;
import java.util.function.Predicate;

/**
 * An entry of the back office's navigation. Each module declares its own as a bean, so the layout never
 * needs to know the modules. {@code roles} are role names; an empty set shows the entry to all staff.
 * {@code alsoOnlyIf} narrows it further where a page is refused for a reason other than role (the mirror-check
 * log is for staff of a root organisation only): an entry is never shown to someone its page would refuse.
 */
public record AdminNavItem(String labelKey, String path, int order, Set<String> roles,
                           Predicate<Authentication> alsoOnlyIf) {

    public AdminNavItem(String labelKey, String path, int order, Set<String> roles) {
        this(labelKey, path, order, roles, auth -> true);
    }

    boolean shownTo(Authentication auth, Set<String> userRoles) {
        return (roles.isEmpty() || roles.stream().anyMatch(userRoles::contains)) && alsoOnlyIf.test(auth);
    }
}
