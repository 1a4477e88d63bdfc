package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** A reviewer — never one of the edition's authors — approves or rejects it with an opinion. */
@Service
public class ReviewEdition {

    private final DocumentStore store;
    private final OrganisationAccess access;
    private final Workflow workflow;
    private final Gatekeeper gatekeeper;
    private final List<ApprovalRedactions> redactions;
    private final RedactEdition redact;

    ReviewEdition(DocumentStore store, OrganisationAccess access, Workflow workflow, Gatekeeper gatekeeper,
                  List<ApprovalRedactions> redactions, RedactEdition redact) {
        this.store = store;
        this.access = access;
        this.workflow = workflow;
        this.gatekeeper = gatekeeper;
        this.redactions = redactions;
        this.redact = redact;
    }

    /**
     * Approves the edition, in these steps (ADR 0021; what each gate checks is listed on {@link Gatekeeper}):
     * <ol>
     * <li>the reviewer may decide on it now ({@link #underReview}'s gates: role, not an author, submitted);</li>
     * <li>every {@link PublicationGate} lets it through (no unresolved screening finding);</li>
     * <li>the values the review wants masked ({@link ApprovalRedactions}) are masked in a redacted revision, and the
     * gates check that revision once more;</li>
     * <li>it moves to approved.</li>
     * </ol>
     */
    @Transactional
    public void approve(StaffUser user, long documentId, String opinion) {
        decide(user, documentId, opinion, EditionStatus.APPROVED, "approve");
    }

    /**
     * Locks the document and checks that the user may decide on its edition now: a reviewer of the organisation, not
     * one of the edition's authors, while the edition is submitted. For decisions taken alongside the review (the
     * screening findings); call it inside the transaction of that decision.
     */
    @Transactional
    public EditionUnderReview underReview(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        Edition edition = reviewable(user, doc);
        if (edition.status() != EditionStatus.SUBMITTED) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        return new EditionUnderReview(doc.id(), edition.id(), edition.number(), edition.revisionId(), doc.organisationId());
    }

    private Edition reviewable(StaffUser user, DocumentRef doc) {
        access.requireRole(user, doc.organisationId(), Role.REVIEWER);
        Edition edition = workflow.inProgress(doc.id());
        if (store.isAuthorOf(edition.id(), user.id())) {
            throw new ForbiddenException("workflow.reviewerIsAuthor");
        }
        return edition;
    }

    @Transactional
    public void reject(StaffUser user, long documentId, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.of("opinion", "workflow.opinion.required");
        }
        decide(user, documentId, opinion, EditionStatus.REJECTED, "reject");
    }

    /**
     * Sends an approved edition (not scheduled) back to its editors, with the reason: for what the publication gate
     * finds after approval, or anything a reviewer or publisher wants changed before it goes out.
     */
    @Transactional
    public void sendBack(StaffUser user, long documentId, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.of("opinion", "workflow.opinion.required");
        }
        if (opinion.length() > 2000) {
            throw InvalidInputException.of("opinion", "workflow.opinion.tooLong");
        }
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.REVIEWER, Role.PUBLISHER);
        Edition edition = workflow.inProgress(documentId);
        if (edition.status() != EditionStatus.APPROVED) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        workflow.move(doc, edition, EditionStatus.APPROVED, EditionStatus.REJECTED, "send-back", user, opinion.strip());
    }

    private void decide(StaffUser user, long documentId, String opinion, EditionStatus to, String action) {
        if (opinion != null && opinion.length() > 2000) {
            throw InvalidInputException.of("opinion", "workflow.opinion.tooLong");
        }
        DocumentRef doc = workflow.lockedDocument(documentId);
        Edition edition = reviewable(user, doc);
        if (to == EditionStatus.APPROVED && edition.status() == EditionStatus.SUBMITTED) {
            gatekeeper.requireClear(doc, edition, PublicationGate.Stage.APPROVE);
            List<Replacement> replacements = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            EditionUnderReview under = new EditionUnderReview(doc.id(), edition.id(), edition.number(),
                    edition.revisionId(), doc.organisationId());
            for (ApprovalRedactions source : redactions) {
                ApprovalRedactions.Redaction r = source.forApproval(under);
                if (!r.isEmpty()) {
                    replacements.addAll(r.replacements());
                    notes.add(r.note());
                }
            }
            if (!replacements.isEmpty()) {
                edition = redact.redact(user, doc, edition, replacements, String.join("; ", notes));
                gatekeeper.requireClear(doc, edition, PublicationGate.Stage.APPROVE);
            }
        }
        String note = opinion == null || opinion.isBlank() ? null : opinion.strip();
        workflow.move(doc, edition, EditionStatus.SUBMITTED, to, action, user, note);
    }
}
