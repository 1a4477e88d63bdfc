package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A reviewer — never one of the edition's authors — approves or rejects it with an opinion. */
@Service
public class ReviewEdition {

    private final DocumentStore store;
    private final OrganisationAccess access;
    private final Workflow workflow;

    ReviewEdition(DocumentStore store, OrganisationAccess access, Workflow workflow) {
        this.store = store;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public void approve(StaffUser user, long documentId, String opinion) {
        decide(user, documentId, opinion, EditionStatus.APPROVED, "approve");
    }

    @Transactional
    public void reject(StaffUser user, long documentId, String opinion) {
        if (opinion == null || opinion.isBlank()) {
            throw InvalidInputException.of("opinion", "workflow.opinion.required");
        }
        decide(user, documentId, opinion, EditionStatus.REJECTED, "reject");
    }

    private void decide(StaffUser user, long documentId, String opinion, EditionStatus to, String action) {
        if (opinion != null && opinion.length() > 2000) {
            throw InvalidInputException.of("opinion", "workflow.opinion.tooLong");
        }
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.REVIEWER);
        Edition edition = workflow.inProgress(documentId);
        if (store.isAuthorOf(edition.id(), user.id())) {
            throw new ForbiddenException("workflow.reviewerIsAuthor");
        }
        String note = opinion == null || opinion.isBlank() ? null : opinion.strip();
        workflow.move(doc, edition, EditionStatus.SUBMITTED, to, action, user, note);
    }
}
