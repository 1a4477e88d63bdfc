package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An editor sends the draft to review. */
@Service
public class SubmitForReview {

    private final OrganisationAccess access;
    private final Workflow workflow;

    SubmitForReview(OrganisationAccess access, Workflow workflow) {
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public void submit(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        Edition edition = workflow.inProgress(documentId);
        EditionStatus from = edition.status() == EditionStatus.REJECTED ? EditionStatus.REJECTED : EditionStatus.DRAFT;
        workflow.move(doc, edition, from, EditionStatus.SUBMITTED, "submit", user, null);
    }
}
