package org.gongkai.identity;

import org.gongkai.platform.web.ForbiddenException;
import org.springframework.stereotype.Service;

/**
 * Who may see and change an organisation's back office: staff edit only their own organisation;
 * a higher-level organisation reads, never edits, its subordinates.
 */
@Service
public class OrganisationAccess {

    private final OrganisationDirectory directory;

    OrganisationAccess(OrganisationDirectory directory) {
        this.directory = directory;
    }

    public boolean canRead(StaffUser user, long organisationId) {
        return user.organisationId() == organisationId || directory.isSameOrAbove(user.organisationId(), organisationId);
    }

    public boolean canEdit(StaffUser user, long organisationId) {
        return user.organisationId() == organisationId;
    }

    public void requireRead(StaffUser user, long organisationId) {
        if (!canRead(user, organisationId)) {
            throw new ForbiddenException("access.org.read");
        }
    }

    public void requireEdit(StaffUser user, long organisationId) {
        if (!canEdit(user, organisationId)) {
            throw new ForbiddenException("access.org.edit");
        }
    }

    /** Requires one of the roles, in the user's own organisation. */
    public void requireRole(StaffUser user, long organisationId, Role... roles) {
        requireEdit(user, organisationId);
        if (!user.hasAny(roles)) {
            throw new ForbiddenException("access.role");
        }
    }
}
