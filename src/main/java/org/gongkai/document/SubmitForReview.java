package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An editor sends the draft to review; listeners (the screening) run in the same transaction. */
@Service
public class SubmitForReview {

    private final OrganisationAccess access;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;

    SubmitForReview(OrganisationAccess access, Workflow workflow, ApplicationEventPublisher events) {
        this.access = access;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional
    public void submit(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        Edition edition = workflow.inProgress(documentId);
        EditionStatus from = edition.status() == EditionStatus.REJECTED ? EditionStatus.REJECTED : EditionStatus.DRAFT;
        workflow.move(doc, edition, from, EditionStatus.SUBMITTED, "submit", user, null);
        events.publishEvent(new EditionSubmitted(doc.id(), edition.id(), edition.revisionId(), doc.organisationId()));
    }
}
