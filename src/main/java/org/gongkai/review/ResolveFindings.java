package org.gongkai.review;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.document.AttachmentOpenings;
import org.gongkai.document.EditionUnderReview;
import org.gongkai.document.ReviewEdition;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A reviewer decides on each screening finding of an edition in review: redact it (the publication shows the mask) or
 * accept it with a reason. The same people may decide as may approve: a reviewer of the organisation who is not one of
 * the edition's authors, while the edition is submitted. Every decision goes to the audit log (without the value).
 */
@Service
public class ResolveFindings {

    static final int MAX_REASON = 1000;

    private final ReviewEdition review;
    private final FindingStore store;
    private final ApplicationEventPublisher events;
    private final AttachmentOpenings openings;

    ResolveFindings(ReviewEdition review, FindingStore store, ApplicationEventPublisher events,
                    AttachmentOpenings openings) {
        this.review = review;
        this.store = store;
        this.events = events;
        this.openings = openings;
    }

    /** The undecided findings of the edition the reviewer has under review. */
    public java.util.List<StoredFinding> open(StaffUser user, long documentId) {
        EditionUnderReview under = review.underReview(user, documentId);
        return store.ofRevision(under.editionId(), under.revisionId()).stream()
                .filter(f -> f.status() == FindingStatus.OPEN).toList();
    }

    @Transactional
    public void redact(StaffUser user, long documentId, long findingId) {
        EditionUnderReview under = review.underReview(user, documentId);
        StoredFinding f = current(under, findingId);
        if (!f.redactable()) {
            throw new ConflictException(f.kind() == FindingKind.SECRET_MARKING ? "review.finding.markingNotRedactable"
                    : "review.finding.fileNotRedactable", f.attachmentName());
        }
        store.decide(f.id(), FindingStatus.REDACT, null, user.id());
        audit(user, under, f, FindingStatus.REDACT, null);
    }

    @Transactional
    public void accept(StaffUser user, long documentId, long findingId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "review.finding.reason.required");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "review.finding.reason.tooLong");
        }
        EditionUnderReview under = review.underReview(user, documentId);
        StoredFinding f = current(under, findingId);
        if (f.kind() == FindingKind.NOT_SCREENED && f.attachmentId() != null
                && !openings.hasOpened(f.attachmentId(), user.id())) {
            throw new ConflictException("review.finding.openFirst", f.attachmentName());
        }
        store.decide(f.id(), FindingStatus.ACCEPTED, reason.strip(), user.id());
        audit(user, under, f, FindingStatus.ACCEPTED, reason.strip());
    }

    /** The finding, if it belongs to the revision under review now. */
    private StoredFinding current(EditionUnderReview under, long findingId) {
        return store.find(findingId)
                .filter(f -> f.editionId() == under.editionId() && f.revisionId() == under.revisionId())
                .orElseThrow(() -> new NotFoundException("finding", findingId));
    }

    private void audit(StaffUser user, EditionUnderReview under, StoredFinding f, FindingStatus to, String reason) {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", f.status().name());
        if (f.reason() != null) {
            before.put("reason", f.reason());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", to.name());
        if (reason != null) {
            after.put("reason", reason);
        }
        after.put("document", under.documentId());
        after.put("edition", under.editionNumber());
        after.put("kind", f.kind().name());
        after.put("part", f.part());
        after.put("location", f.location());
        if (f.attachmentName() != null) {
            after.put("file", f.attachmentName());
        }
        after.put("masked", f.masked());
        events.publishEvent(new StaffAction(user.id(), user.username(), under.organisationId(),
                to == FindingStatus.REDACT ? "review.finding.redact" : "review.finding.accept", "screening_finding",
                String.valueOf(f.id()), before, after));
    }
}
