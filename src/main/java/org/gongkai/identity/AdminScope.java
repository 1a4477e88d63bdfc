package org.gongkai.identity;

import org.gongkai.platform.web.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Where an administrator may act: the system and security administrators manage their own organisation and the
 * organisations below it, each within their own role (三员分立).
 */
@Component
class AdminScope {

    private final OrganisationDirectory directory;

    AdminScope(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** 404 when the organisation does not exist, 403 without the role or outside the user's part of the tree. */
    Organisation require(StaffUser user, Role role, long organisationId) {
        Organisation org = directory.get(organisationId);
        requireRole(user, role);
        if (!directory.isSameOrAbove(user.organisationId(), organisationId)) {
            throw new ForbiddenException("admin.scope");
        }
        return org;
    }

    void requireRole(StaffUser user, Role role) {
        if (!user.has(role)) {
            throw new ForbiddenException("access.role");
        }
    }
}
