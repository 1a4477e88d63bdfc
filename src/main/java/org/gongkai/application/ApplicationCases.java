package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The application module's face for modules that keep records about an application (reconsideration and litigation):
 * look an application up, ask who may read or act on it (the disclosure office's rules, {@link OfficeAccess}), and
 * note something in its timeline.
 */
@Service
public class ApplicationCases {

    private final ApplicationStore store;
    private final OfficeAccess access;

    ApplicationCases(ApplicationStore store, OfficeAccess access) {
        this.store = store;
        this.access = access;
    }

    /** @throws org.gongkai.platform.web.NotFoundException when there is no such application */
    public ApplicationCase get(long id) {
        return of(store.get(id));
    }

    /** @throws org.gongkai.platform.web.ForbiddenException unless the user may read the organisation's applications */
    public void requireRead(StaffUser user, long organisationId) {
        access.requireRead(user, organisationId);
    }

    /** @throws org.gongkai.platform.web.ForbiddenException unless the user may act on the organisation's applications */
    public void requireAct(StaffUser user, long organisationId) {
        access.requireAct(user, organisationId);
    }

    /** Of an organisation's subtree, the organisations whose applications the user may read. */
    public List<Long> readableOf(StaffUser user, List<Long> subtree) {
        return access.readableOf(user, subtree);
    }

    /** Writes an entry in the application's timeline, by a member of staff, not shown to the applicant. */
    public void noteByStaff(long applicationId, String kind, StaffUser user, String note) {
        store.event(applicationId, kind, user.id(), user.displayName(), note, false);
    }

    static ApplicationCase of(DisclosureApplication app) {
        return new ApplicationCase(app.id(), app.organisationId(), app.trackingNumber(), app.receivedOn());
    }
}
