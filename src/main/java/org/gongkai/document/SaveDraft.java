package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Saves the draft as a new immutable revision. Two people editing the same draft: the save whose version is
 * stale is refused (409) and the caller keeps the text it tried to save.
 */
@Service
public class SaveDraft {

    private final DocumentStore store;
    private final ContentRules rules;
    private final BodySanitizer sanitizer;
    private final OrganisationAccess access;
    private final Workflow workflow;

    SaveDraft(DocumentStore store, ContentRules rules, BodySanitizer sanitizer, OrganisationAccess access,
              Workflow workflow) {
        this.store = store;
        this.rules = rules;
        this.sanitizer = sanitizer;
        this.access = access;
        this.workflow = workflow;
    }

    @Transactional
    public void save(StaffUser user, long documentId, int expectedVersion, DocumentContent content) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        Edition edition = editable(documentId);
        rules.validate(content, doc.organisationId(), documentId);
        List<Long> attachments = store.attachmentsOf(edition.revisionId()).stream().map(AttachmentInfo::id).toList();
        replace(user, doc, edition, expectedVersion, content, attachments, "save", null);
    }

    Edition editable(long documentId) {
        Edition edition = workflow.inProgress(documentId);
        if (!EditionStatus.EDITABLE.contains(edition.status())) {
            throw new ConflictException("workflow.notEditable", edition.status().name());
        }
        return edition;
    }

    /** Stores the content with the given files as the edition's new revision; a rejected edition returns to draft. */
    void replace(StaffUser user, DocumentRef doc, Edition edition, int expectedVersion, DocumentContent content,
                 List<Long> attachmentIds, String action, String note) {
        String html = sanitizer.sanitize(content.bodyHtml());
        long revisionId = store.insertRevision(doc.id(), content, html, sanitizer.text(html), user.id());
        store.linkAttachments(revisionId, attachmentIds);
        if (!store.replaceRevision(edition.id(), revisionId, expectedVersion)) {
            throw new ConflictException("workflow.staleEdit");
        }
        EditionStatus to = EditionStatus.DRAFT;
        if (edition.status() == EditionStatus.REJECTED) {
            store.moveStatus(edition.id(), EditionStatus.REJECTED, EditionStatus.DRAFT);
        }
        workflow.record(doc, edition, action, edition.status(), to, user, note);
    }
}
