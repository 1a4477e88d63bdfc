package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The documents' review for this module's structured items (ADR 0049): an editor submits a draft; a reviewer — never
 * its author nor the one who submitted it — approves it, or returns it with the reason; a publisher publishes only an
 * approved draft ({@link #publishing}, called by the item's own publish action). A draft is edited only while it is a
 * draft or returned, and every edit moves the review's version, so a decision on a version someone has since changed
 * is refused (409). Warnings may be issued before review by a publisher who gives the reason, when the site allows it
 * ({@code gongkai.services.review.warnings-before-review}); a reviewer reviews them after. Every step is a
 * {@link StaffAction} and a row of {@code svc_review_event}.
 */
@Service
public class ServicesReview {

    private final ReviewStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final boolean warningsBeforeReview;

    ServicesReview(ReviewStore store, OrganisationAccess access, ApplicationEventPublisher events,
                   @Value("${gongkai.services.review.warnings-before-review:true}") boolean warningsBeforeReview) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.warningsBeforeReview = warningsBeforeReview;
    }

    boolean warningsBeforeReview() {
        return warningsBeforeReview;
    }

    /** The review of a draft (DRAFT when never submitted). */
    Review of(ReviewSubject subject, long subjectId, long itemId) {
        return store.find(subject, subjectId).orElse(Review.none(subject, subjectId, itemId));
    }

    /** Before an edit of a draft: refused while it is submitted or approved; afterwards stale decisions are refused. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void editing(ReviewSubject subject, long subjectId) {
        store.lock(subject, subjectId).ifPresent(r -> {
            if (!r.editable()) {
                throw new ConflictException("svc.review.locked");
            }
        });
        store.edited(subject, subjectId);
    }

    @Transactional
    public void submit(StaffUser user, ReviewSubject subject, long subjectId, Integer version) {
        ReviewStore.Draft d = draft(user, subject, subjectId);
        access.requireRole(user, d.organisationId(), Role.EDITOR);
        Review r = store.lock(subject, subjectId).orElse(null);
        if (r == null) {
            if (version != null && version != 0) {
                throw new ConflictException("svc.open.stale");
            }
            long id = store.insert(d, ReviewStatus.SUBMITTED, user.id(), null);
            record(user, d, id, "submit", ReviewStatus.DRAFT, ReviewStatus.SUBMITTED, null);
            return;
        }
        step(user, d, r, version, ReviewStatus.REJECTED, ReviewStatus.SUBMITTED, "submit", null);
    }

    /** Submits the item's current draft as it is now (for the demo and programmatic use: no version to compare). */
    @Transactional
    public void submitItem(StaffUser user, ReviewSubject subject, long itemId) {
        long draft = currentDraft(subject, itemId);
        submit(user, subject, draft, of(subject, draft, itemId).version());
    }

    /** Approves the item's current draft as it is now (for the demo and programmatic use). */
    @Transactional
    public void approveItem(StaffUser user, ReviewSubject subject, long itemId, String opinion) {
        long draft = currentDraft(subject, itemId);
        approve(user, subject, draft, of(subject, draft, itemId).version(), opinion);
    }

    private long currentDraft(ReviewSubject subject, long itemId) {
        return store.currentDraft(subject, itemId).orElseThrow(() -> new NotFoundException("draft", itemId));
    }

    @Transactional
    public void approve(StaffUser user, ReviewSubject subject, long subjectId, Integer version, String opinion) {
        decide(user, subject, subjectId, version, opinion, ReviewStatus.APPROVED, "approve");
    }

    @Transactional
    public void reject(StaffUser user, ReviewSubject subject, long subjectId, Integer version, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.of("opinion", "svc.review.error.opinion");
        }
        decide(user, subject, subjectId, version, opinion, ReviewStatus.REJECTED, "reject");
    }

    /**
     * Inside the item's publish action: the draft must be approved; its review becomes PUBLISHED. The caller has
     * checked the publisher's role.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishing(StaffUser user, ReviewSubject subject, long subjectId) {
        ReviewStore.Draft d = store.draft(subject, subjectId).orElseThrow(() -> new NotFoundException("draft", subjectId));
        Review r = store.lock(d.subject(), d.subjectId()).orElse(null);
        if (r == null || r.status() != ReviewStatus.APPROVED) {
            throw new ConflictException("svc.review.notApproved");
        }
        if (!store.move(r.id(), ReviewStatus.APPROVED, r.version(), ReviewStatus.PUBLISHED, null, null, null, d.title())) {
            throw new ConflictException("svc.open.stale");
        }
        record(user, d, r.id(), "publish", ReviewStatus.APPROVED, ReviewStatus.PUBLISHED, null);
    }

    /**
     * Inside the warning's issue action, when the publisher issues it before review: allowed by the site, with a
     * reason; the review becomes EXPEDITED and waits for a reviewer to review it after.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void issuingBeforeReview(StaffUser user, long warningId, String reason) {
        ReviewStore.Draft d = store.draft(ReviewSubject.WARNING, warningId)
                .orElseThrow(() -> new ConflictException("svc.warning.error.issued"));
        if (!warningsBeforeReview) {
            throw new ConflictException("svc.review.notApproved");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw InvalidInputException.of("reason", "svc.review.error.reason");
        }
        Review r = store.lock(d.subject(), d.subjectId()).orElse(null);
        if (r == null) {
            long id = store.insert(d, ReviewStatus.EXPEDITED, user.id(), why);
            record(user, d, id, "expedite", ReviewStatus.DRAFT, ReviewStatus.EXPEDITED, why);
            return;
        }
        if (r.status() == ReviewStatus.APPROVED || r.status() == ReviewStatus.PUBLISHED
                || r.status() == ReviewStatus.EXPEDITED) {
            throw new ConflictException("svc.review.wrongStatus");
        }
        store.expedite(r.id(), why);
        record(user, d, r.id(), "expedite", r.status(), ReviewStatus.EXPEDITED, why);
    }

    /**
     * Inside the handling update's action: the update or cancel went out at once, so its review starts EXPEDITED
     * with its kind as the reason, and waits for a reviewer to review it after (ADR 0049, revision).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateIssued(StaffUser user, long updateId, String kind) {
        ReviewStore.Draft d = store.issued(ReviewSubject.UPDATE, updateId)
                .orElseThrow(() -> new NotFoundException("update", updateId));
        long id = store.insert(d, ReviewStatus.EXPEDITED, user.id(), kind);
        record(user, d, id, "expedite", ReviewStatus.DRAFT, ReviewStatus.EXPEDITED, null);
    }

    /** A reviewer's review of a warning issued before review: the opinion is recorded, the review closed. */
    @Transactional
    public void reviewAfter(StaffUser user, long warningId, Integer version, String opinion) {
        reviewAfter(user, ReviewSubject.WARNING, warningId, version, opinion);
    }

    /** A reviewer's review of what went out before review (a warning or a handling update): recorded, closed. */
    @Transactional
    public void reviewAfter(StaffUser user, ReviewSubject subject, long subjectId, Integer version, String opinion) {
        ReviewStore.Draft d = store.issued(subject, subjectId).orElseThrow(() -> new NotFoundException("review", subjectId));
        visible(user, d);
        Review r = store.lock(subject, subjectId).orElseThrow(() -> new NotFoundException("review", subjectId));
        String note = opinion == null ? "" : opinion.strip();
        if (note.isEmpty()) {
            throw InvalidInputException.of("opinion", "svc.review.error.opinion");
        }
        if (note.length() > 2000) {
            throw InvalidInputException.of("opinion", "svc.review.error.tooLong");
        }
        access.requireRole(user, d.organisationId(), Role.REVIEWER);
        if (r.status() != ReviewStatus.EXPEDITED) {
            throw new ConflictException("svc.review.wrongStatus");
        }
        if (version == null || !store.move(r.id(), ReviewStatus.EXPEDITED, version, ReviewStatus.PUBLISHED, null,
                user.id(), note, null)) {
            throw new ConflictException("svc.open.stale");
        }
        record(user, d, r.id(), "review-after", ReviewStatus.EXPEDITED, ReviewStatus.PUBLISHED, note);
    }

    private void decide(StaffUser user, ReviewSubject subject, long subjectId, Integer version, String opinion,
                        ReviewStatus to, String action) {
        if (opinion != null && opinion.length() > 2000) {
            throw InvalidInputException.of("opinion", "svc.review.error.tooLong");
        }
        ReviewStore.Draft d = draft(user, subject, subjectId);
        access.requireRole(user, d.organisationId(), Role.REVIEWER);
        Review r = store.lock(subject, subjectId).orElseThrow(() -> new ConflictException("svc.review.wrongStatus"));
        if (d.authorId() == user.id() || (r.submittedBy() != null && r.submittedBy() == user.id())) {
            throw new ForbiddenException("svc.review.error.author");
        }
        String note = opinion == null || opinion.isBlank() ? null : opinion.strip();
        step(user, d, r, version, ReviewStatus.SUBMITTED, to, action, note);
    }

    private void step(StaffUser user, ReviewStore.Draft d, Review r, Integer version, ReviewStatus from,
                      ReviewStatus to, String action, String note) {
        boolean submitting = to == ReviewStatus.SUBMITTED;
        ReviewStatus at = r.status();
        if (at != from && !(submitting && at == ReviewStatus.DRAFT)) {
            throw new ConflictException("svc.review.wrongStatus");
        }
        if (version == null || !store.move(r.id(), at, version, to, submitting ? user.id() : null,
                submitting ? null : user.id(), note, d.title())) {
            throw new ConflictException("svc.open.stale");
        }
        record(user, d, r.id(), action, at, to, note);
    }

    /** The draft, or 404 — also for a draft of an organisation the user may not read (ADR 0049). */
    private ReviewStore.Draft draft(StaffUser user, ReviewSubject subject, long subjectId) {
        ReviewStore.Draft d = store.draft(subject, subjectId).orElseThrow(() -> new NotFoundException("draft", subjectId));
        visible(user, d);
        return d;
    }

    private void visible(StaffUser user, ReviewStore.Draft d) {
        if (!access.canRead(user, d.organisationId())) {
            throw new NotFoundException("draft", d.subjectId());
        }
    }

    private void record(StaffUser user, ReviewStore.Draft d, long reviewId, String action, ReviewStatus from,
                        ReviewStatus to, String note) {
        store.event(reviewId, action, from, to, user.id(), note);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("status", from.name());
        after.put("status", to.name());
        after.put("draft", d.subject().name() + " " + d.subjectId());
        if (note != null) {
            after.put("note", note);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(), "services.review." + action,
                "svc_review", String.valueOf(reviewId), before, after));
    }
}
