package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editing a published document starts a new edition (a draft of the live content); the live one stays public. */
@Service
public class StartNewEdition {

    private final DocumentStore store;
    private final OrganisationAccess access;
    private final Workflow workflow;

    StartNewEdition(DocumentStore store, OrganisationAccess access, Workflow workflow) {
        this.store = store;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public void start(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        if (store.inProgressEdition(documentId).isPresent()) {
            throw new ConflictException("workflow.editionInProgress");
        }
        Edition live = workflow.live(documentId);
        int number = store.nextEditionNumber(documentId);
        long id = store.insertEdition(documentId, number, live.revisionId(), user.id());
        workflow.record(doc, store.findEdition(id).orElseThrow(), "new-edition", null, EditionStatus.DRAFT, user, null);
    }
}
