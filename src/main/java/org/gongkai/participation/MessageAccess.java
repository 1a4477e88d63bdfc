package org.gongkai.participation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may see and handle messages. They carry the writer's contact details, so: the organisation's disclosure
 * officers, publishers and editors read and handle them; disclosure officers of organisations above it read them
 * (supervision); only the organisation's publishers (the head of the office) publish an exchange.
 */
@Component
class MessageAccess {

    private final OrganisationAccess organisations;

    MessageAccess(OrganisationAccess organisations) {
        this.organisations = organisations;
    }

    boolean canRead(StaffUser user, long organisationId) {
        if (user.organisationId() == organisationId) {
            return handles(user);
        }
        return user.has(Role.DISCLOSURE_OFFICER) && organisations.canRead(user, organisationId);
    }

    boolean canAct(StaffUser user, long organisationId) {
        return user.organisationId() == organisationId && handles(user);
    }

    boolean canPublish(StaffUser user, long organisationId) {
        return user.organisationId() == organisationId && user.has(Role.PUBLISHER);
    }

    void requireRead(StaffUser user, long organisationId) {
        if (!canRead(user, organisationId)) {
            throw new ForbiddenException("msg.access.read");
        }
    }

    void requireAct(StaffUser user, long organisationId) {
        if (!canAct(user, organisationId)) {
            throw new ForbiddenException("msg.access.act");
        }
    }

    void requirePublish(StaffUser user, long organisationId) {
        if (!canPublish(user, organisationId)) {
            throw new ForbiddenException("msg.access.publish");
        }
    }

    private static boolean handles(StaffUser user) {
        return user.hasAny(Role.DISCLOSURE_OFFICER, Role.PUBLISHER, Role.EDITOR);
    }
}
