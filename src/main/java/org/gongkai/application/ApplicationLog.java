package org.gongkai.application;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Writes a transition down twice: in the application's own timeline (some entries visible to the applicant) and
 * as a {@link StaffAction} for the audit log, in the caller's transaction. The member of staff who acts becomes the
 * application's holder (shown on the supervision dashboard).
 */
@Component
class ApplicationLog {

    private final ApplicationStore store;
    private final ApplicationEventPublisher events;

    ApplicationLog(ApplicationStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    void staff(StaffUser actor, DisclosureApplication app, String kind, String note, boolean visibleToApplicant,
               Map<String, Object> before, Map<String, Object> after) {
        store.event(app.id(), kind, actor.id(), actor.displayName(), note, visibleToApplicant);
        store.setHolder(app.id(), actor.id());
        events.publishEvent(new StaffAction(actor.id(), actor.username(), app.organisationId(), "application." + kind,
                "application", String.valueOf(app.id()), before, after));
    }

    /** An entry made by the applicant (through the status page) or by the system (the daily job). */
    void other(String actorName, DisclosureApplication app, String kind, String note, boolean visibleToApplicant,
               Map<String, Object> after) {
        store.event(app.id(), kind, null, actorName, note, visibleToApplicant);
        events.publishEvent(new StaffAction(null, actorName, app.organisationId(), "application." + kind,
                "application", String.valueOf(app.id()), Map.of(), after));
    }
}
