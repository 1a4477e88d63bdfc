package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Adds a file to the draft, or takes one off: each change is a new revision of the draft. */
@Service
public class AttachFile {

    private final DocumentStore store;
    private final AttachmentFiles files;
    private final OrganisationAccess access;
    private final Workflow workflow;
    private final SaveDraft drafts;

    AttachFile(DocumentStore store, AttachmentFiles files, OrganisationAccess access, Workflow workflow, SaveDraft drafts) {
        this.store = store;
        this.files = files;
        this.access = access;
        this.workflow = workflow;
        this.drafts = drafts;
    }

    /** Stores the file (type sniffed from its bytes) and adds it to the draft; returns the attachment id. */
    @Transactional
    public long attach(StaffUser user, long documentId, int expectedVersion, String fileName, InputStream content) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        Edition edition = drafts.editable(documentId);
        AttachmentFiles.Stored stored = files.store(content);
        String name = AttachmentFiles.cleanName(fileName, stored.kind());
        long id = store.insertAttachment(documentId, stored.sha256(), name, stored.kind(), stored.size(), user.id());
        Revision current = store.findRevision(edition.revisionId()).orElseThrow();
        List<Long> ids = new ArrayList<>(current.attachments().stream().map(AttachmentInfo::id).toList());
        ids.add(id);
        drafts.replace(user, doc, edition, expectedVersion, current.content(), ids, "attach", name);
        return id;
    }

    @Transactional
    public void detach(StaffUser user, long documentId, int expectedVersion, long attachmentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.EDITOR);
        Edition edition = drafts.editable(documentId);
        Revision current = store.findRevision(edition.revisionId()).orElseThrow();
        AttachmentInfo gone = current.attachments().stream().filter(a -> a.id() == attachmentId).findFirst()
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        List<Long> ids = current.attachments().stream().map(AttachmentInfo::id).filter(i -> i != attachmentId).toList();
        drafts.replace(user, doc, edition, expectedVersion, current.content(), ids, "detach", gone.fileName());
    }
}
