package org.gongkai.catalog;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a catalog: all staff of the organisation and of the organisations above it read it;
 * editors and publishers of the organisation itself change it.
 */
@Component
class CatalogPermissions {

    static final Role[] EDITING_ROLES = {Role.EDITOR, Role.PUBLISHER};

    private final OrganisationAccess access;
    private final OrganisationDirectory directory;

    CatalogPermissions(OrganisationAccess access, OrganisationDirectory directory) {
        this.access = access;
        this.directory = directory;
    }

    /** 404 when the organisation does not exist, 403 when the user may not read it. */
    void requireRead(StaffUser user, long organisationId) {
        directory.get(organisationId);
        access.requireRead(user, organisationId);
    }

    void requireEdit(StaffUser user, long organisationId) {
        directory.get(organisationId);
        access.requireRole(user, organisationId, EDITING_ROLES);
    }

    boolean canEdit(StaffUser user, long organisationId) {
        return access.canEdit(user, organisationId) && user.hasAny(EDITING_ROLES);
    }
}
