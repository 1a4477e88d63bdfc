package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension (Art. 33): at most 20 more working days, once, approved by the head of the disclosure office, with
 * notice to the applicant. A disclosure officer asks before the due date; a PUBLISHER of the organisation who is
 * not the one who asked approves (docs/adr/0008).
 */
@Service
class ExtendDeadline {

    private final ApplicationStore store;
    private final Transitions transitions;
    private final OfficeAccess access;
    private final ClockKeeper clock;
    private final ApplicationLog log;

    ExtendDeadline(ApplicationStore store, Transitions transitions, OfficeAccess access, ClockKeeper clock,
                   ApplicationLog log) {
        this.store = store;
        this.transitions = transitions;
        this.access = access;
        this.clock = clock;
        this.log = log;
    }

    @Transactional
    void request(StaffUser user, long id, String reason) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.IN_PROGRESS, ApplicationStatus.CONSULTING);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "app.error.extensionReason");
        }
        if (app.extensionState() != ExtensionState.NONE) {
            throw new ConflictException("app.conflict.extensionTwice");
        }
        if (app.dueOn() != null && transitions.today().isAfter(app.dueOn())) {
            throw new ConflictException("app.conflict.extensionLate", app.dueOn().toString());
        }
        store.requestExtension(id, user.id(), reason.strip());
        log.staff(user, app, "extensionRequested", reason.strip(), false, Transitions.state(app),
                Transitions.with(Transitions.state(app), "extension", ExtensionState.REQUESTED));
    }

    @Transactional
    void approve(StaffUser head, long id, String notice) {
        DisclosureApplication app = store.lock(id);
        access.requireHead(head, app.organisationId());
        Transitions.requireStatus(app, ApplicationStatus.IN_PROGRESS, ApplicationStatus.CONSULTING);
        if (app.extensionState() != ExtensionState.REQUESTED) {
            throw new ConflictException(app.extensionState() == ExtensionState.APPROVED
                    ? "app.conflict.extensionTwice" : "app.conflict.extensionNotRequested");
        }
        if (app.extensionRequestedBy() != null && app.extensionRequestedBy() == head.id()) {
            throw new ForbiddenException("app.access.approveOwn");
        }
        if (app.dueOn() != null && transitions.today().isAfter(app.dueOn())) {
            throw new ConflictException("app.conflict.extensionLate", app.dueOn().toString());
        }
        store.approveExtension(id);
        clock.recompute(id);
        DisclosureApplication after = store.get(id);
        String text = notice == null || notice.isBlank() ? app.extensionReason() : notice.strip();
        log.staff(head, app, "extensionApproved", text + "\n（" + after.dueOn() + "）", true, Transitions.state(app),
                Transitions.with(Transitions.state(after), "extension", ExtensionState.APPROVED));
    }
}
