package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actions on emergency information (突发事件, ADR 0045). Editors draft plans and warnings, which go through the
 * review ({@link ServicesReview}, ADR 0049); a publisher publishes an approved plan and issues an approved warning —
 * or, when the site allows it, issues a warning before review with the reason, to be reviewed after —, and then alone adds its handling updates — each public at once, as a CAP Update, or
 * the Cancel that ends it, and reviewed after by a reviewer. An issued warning is never edited: what changes is said in an update. Every action is a
 * {@link StaffAction}.
 */
@Service
public class ManageEmergencies {

    private final EmergencyStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ServicesReview review;

    ManageEmergencies(EmergencyStore store, OrganisationAccess access, ApplicationEventPublisher events, Clock clock,
                      ServicesReview review) {
        this.store = store;
        this.review = review;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    record PlanValues(String title, String scope, LocalDate issuedOn, String body) {
    }

    static PlanValues checkPlan(String title, String scope, String issuedOn, String body) {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = PlanValidation.text(title, 200, "title", true, errors);
        String s = PlanValidation.text(scope, 500, "scope", true, errors);
        String b = PlanValidation.text(body, 50000, "body", true, errors);
        LocalDate d = TaskLedgerValidation.date(issuedOn, "issuedOn", true, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PlanValues(t, s, d, b);
    }

    @Transactional
    public long createPlan(StaffUser user, String title, String scope, String issuedOn, String body) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        PlanValues v = checkPlan(title, scope, issuedOn, body);
        long id = store.insertPlan(user.organisationId(), v.title(), v.scope(), v.issuedOn(), v.body(), user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "services.emergencyPlan.create", "svc_emergency_plan", String.valueOf(id), Map.of(),
                Map.of("title", v.title(), "issuedOn", v.issuedOn().toString())));
        return id;
    }

    @Transactional
    public void updatePlan(StaffUser user, long id, String seen, String title, String scope, String issuedOn,
                           String body) {
        EmergencyPlan p = store.plan(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        PlanValues v = checkPlan(title, scope, issuedOn, body);
        if (p.published()) {
            throw new ConflictException("svc.emergency.error.published");
        }
        review.editing(ReviewSubject.PLAN, id);
        if (!store.updatePlan(id, seen(seen), v.title(), v.scope(), v.issuedOn(), v.body())) {
            throw new ConflictException("svc.open.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), p.organisationId(),
                "services.emergencyPlan.update", "svc_emergency_plan", String.valueOf(id),
                Map.of("title", p.title()), Map.of("title", v.title())));
    }

    @Transactional
    public void publishPlan(StaffUser user, long id) {
        EmergencyPlan p = store.plan(id).orElseThrow(() -> new NotFoundException("emergency plan", id));
        access.requireRole(user, p.organisationId(), Role.PUBLISHER);
        if (p.published()) {
            throw new ConflictException("svc.emergency.error.published");
        }
        review.publishing(user, ReviewSubject.PLAN, id);
        if (!store.publishPlan(id, user.id())) {
            throw new ConflictException("svc.emergency.error.published");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), p.organisationId(),
                "services.emergencyPlan.publish", "svc_emergency_plan", String.valueOf(id), Map.of(),
                Map.of("published", true)));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }

    @Transactional
    public long createWarning(StaffUser user, WarningForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        WarningForm.Values v = check(form);
        long id = store.insertWarning(user.organisationId(), v, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "services.warning.create", "svc_warning", String.valueOf(id), Map.of(), v.asMap()));
        return id;
    }

    @Transactional
    public void updateWarning(StaffUser user, long id, String seen, WarningForm form) {
        EmergencyWarning w = get(id);
        access.requireRole(user, w.organisationId(), Role.EDITOR);
        WarningForm.Values v = check(form);
        if (w.issued()) {
            throw new ConflictException("svc.warning.error.issued");
        }
        review.editing(ReviewSubject.WARNING, id);
        if (!store.updateWarning(id, seen(seen), v)) {
            throw new ConflictException("svc.open.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), w.organisationId(),
                "services.warning.update", "svc_warning", String.valueOf(id), Map.of("headline", w.headline()),
                v.asMap()));
    }

    /** Issues the approved warning. */
    @Transactional
    public void issue(StaffUser user, long id) {
        issue(user, id, null, false);
    }

    /**
     * Issues the warning before its review, saying why (ADR 0049: when the site allows it); a reviewer reviews it
     * after.
     */
    @Transactional
    public void issueBeforeReview(StaffUser user, long id, String reason) {
        issue(user, id, reason, true);
    }

    private void issue(StaffUser user, long id, String reason, boolean beforeReview) {
        EmergencyWarning w = store.lockWarning(id).orElseThrow(() -> new NotFoundException("warning", id));
        access.requireRole(user, w.organisationId(), Role.PUBLISHER);
        if (!w.expires().isAfter(clock.instant())) {
            throw new ConflictException("svc.warning.error.expired");
        }
        if (w.issued()) {
            throw new ConflictException("svc.warning.error.issued");
        }
        if (beforeReview) {
            review.issuingBeforeReview(user, id, reason);
        } else {
            review.publishing(user, ReviewSubject.WARNING, id);
        }
        if (!store.issue(id, user.id())) {
            throw new ConflictException("svc.warning.error.issued");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), w.organisationId(), "services.warning.issue",
                "svc_warning", String.valueOf(id), Map.of(), Map.of("severity", w.severity().name(), "beforeReview", beforeReview)));
        events.publishEvent(new SiteContentChanged(w.organisationId()));
    }

    /** A handling update (kind UPDATE) with the severity and validity from now on, or the CANCEL that ends it. */
    @Transactional
    public long addUpdate(StaffUser user, long id, String kind, String body, String severity, String expires) {
        EmergencyWarning w = store.lockWarning(id).orElseThrow(() -> new NotFoundException("warning", id));
        access.requireRole(user, w.organisationId(), Role.PUBLISHER);
        if (!w.issued()) {
            throw new ConflictException("svc.warning.error.notIssued");
        }
        WarningState state = new WarningState(w, store.updates(id));
        if (state.cancelled()) {
            throw new ConflictException("svc.warning.error.cancelled");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (!"UPDATE".equals(kind) && !"CANCEL".equals(kind)) {
            errors.put("kind", "svc.warning.error.choice");
        }
        String b = PlanValidation.text(body, 10000, "body", true, errors);
        WarningSeverity sev = severity == null || severity.isBlank() ? state.severity() : WarningSeverity.parse(severity);
        if (sev == null) {
            errors.put("updateSeverity", "svc.warning.error.choice");
        }
        Instant ex = state.expires();
        if (expires != null && !expires.isBlank()) {
            ex = WarningForm.time(expires, "updateExpires", errors);
            if (ex != null && !ex.isAfter(w.onset())) {
                errors.put("updateExpires", "svc.warning.error.expiresBeforeOnset");
            }
        }
        if ("CANCEL".equals(kind) && ex != null && ex.isAfter(clock.instant())) {
            ex = clock.instant();
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long uid = store.addUpdate(id, kind, b, sev, ex, user.id());
        review.updateIssued(user, uid, kind);
        events.publishEvent(new StaffAction(user.id(), user.username(), w.organisationId(),
                "services.warning.addUpdate", "svc_warning", String.valueOf(id),
                Map.of("severity", state.severity().name(), "expires", state.expires().toString()),
                Map.of("kind", kind, "severity", sev.name(), "expires", ex.toString())));
        events.publishEvent(new SiteContentChanged(w.organisationId()));
        return uid;
    }

    /** The draft's last save time as the editor's form saw it; a missing or bad one is stale. */
    private static Instant seen(String value) {
        try {
            return Instant.parse(value);
        } catch (RuntimeException e) {
            throw new ConflictException("svc.open.stale");
        }
    }

    EmergencyWarning get(long id) {
        return store.warning(id).orElseThrow(() -> new NotFoundException("warning", id));
    }

    Instant now() {
        return clock.instant();
    }

    private static WarningForm.Values check(WarningForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        WarningForm.Values v = form.check(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return v;
    }
}
