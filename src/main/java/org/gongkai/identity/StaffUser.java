package org.gongkai.identity;

import java.io.Serializable;
import java.util.Set;

/** A signed-in member of staff, as every module sees them. Loaded fresh for each request. */
public record StaffUser(long id, String username, String displayName, long organisationId, Set<Role> roles)
        implements Serializable {

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
