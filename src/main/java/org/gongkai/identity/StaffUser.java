package org.gongkai.identity;

import org.springframework.security.core.Authentication;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/** A signed-in member of staff, as every module sees them. Loaded fresh for each request. */
public record StaffUser(long id, String username, String displayName, long organisationId, Set<Role> roles)
        implements Serializable {

    /** The staff member a page session is signed in as (as of sign-in), if any. */
    public static Optional<StaffUser> signedIn(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p.user()) : Optional.empty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
