package org.gongkai.identity;

import java.time.Instant;
import java.util.Set;

/** A staff account as the administration pages list it. */
record AccountRow(long id, long organisationId, String organisationName, String username, String displayName,
                  boolean enabled, boolean locked, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
                  Set<Role> roles, Instant createdAt) {

    /** Holds one of the three separated administrator roles, so only the operator resets or disables it. */
    public boolean administrator() {
        return roles.stream().anyMatch(Role::isSeparatedAdmin);
    }

    public java.time.LocalDate createdOn() {
        return createdAt.atZone(org.gongkai.platform.Zones.CHINA).toLocalDate();
    }
}
