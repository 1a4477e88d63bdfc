package org.gongkai.application;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may do what with applications. Applications hold personal data, so only the disclosure office sees them:
 * disclosure officers (and the office's head, a PUBLISHER) of the organisation, and disclosure officers of
 * organisations above it, read; only the organisation's own disclosure officers act; only a PUBLISHER of the
 * organisation who did not ask for it approves an extension (docs/adr/0008).
 */
@Component
class OfficeAccess {

    private final OrganisationAccess organisations;

    OfficeAccess(OrganisationAccess organisations) {
        this.organisations = organisations;
    }

    boolean canRead(StaffUser user, long organisationId) {
        if (user.organisationId() == organisationId) {
            return user.hasAny(Role.DISCLOSURE_OFFICER, Role.PUBLISHER);
        }
        return user.has(Role.DISCLOSURE_OFFICER) && organisations.canRead(user, organisationId);
    }

    boolean canAct(StaffUser user, long organisationId) {
        return user.organisationId() == organisationId && user.has(Role.DISCLOSURE_OFFICER);
    }

    /**
     * Of {@code subtree} (an organisation the user may read and everything below it), the organisations whose
     * applications the user may read: all of them for a disclosure officer (what is below a readable organisation is
     * below the user's own), only the user's own organisation otherwise.
     */
    List<Long> readableOf(StaffUser user, List<Long> subtree) {
        if (user.has(Role.DISCLOSURE_OFFICER)) {
            return subtree;
        }
        return subtree.stream().filter(id -> id == user.organisationId()).toList();
    }

    void requireRead(StaffUser user, long organisationId) {
        if (!canRead(user, organisationId)) {
            throw new ForbiddenException("app.access.read");
        }
    }

    void requireAct(StaffUser user, long organisationId) {
        if (!canAct(user, organisationId)) {
            throw new ForbiddenException("app.access.act");
        }
    }

    void requireHead(StaffUser user, long organisationId) {
        if (user.organisationId() != organisationId || !user.has(Role.PUBLISHER)) {
            throw new ForbiddenException("app.access.head");
        }
    }
}
