package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An editor starts a document: its first edition is a draft. */
@Service
public class CreateDocument {

    private final DocumentStore store;
    private final ContentRules rules;
    private final BodySanitizer sanitizer;
    private final OrganisationAccess access;
    private final Workflow workflow;

    CreateDocument(DocumentStore store, ContentRules rules, BodySanitizer sanitizer, OrganisationAccess access,
                   Workflow workflow) {
        this.store = store;
        this.rules = rules;
        this.sanitizer = sanitizer;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public long create(StaffUser user, long organisationId, DocumentContent content) {
        access.requireRole(user, organisationId, Role.EDITOR);
        rules.validate(content, organisationId, null);
        long documentId = store.insertDocument(organisationId, user.id());
        String html = sanitizer.sanitize(content.bodyHtml());
        long revisionId = store.insertRevision(documentId, content, html, sanitizer.text(html), user.id());
        long editionId = store.insertEdition(documentId, 1, revisionId, user.id());
        workflow.record(store.findDocument(documentId).orElseThrow(), store.findEdition(editionId).orElseThrow(),
                "create", null, EditionStatus.DRAFT, user, null);
        return documentId;
    }
}
