package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraw: the public page stays, with a withdrawal notice and the reason. Remove: the public address answers
 * 410 Gone with a short note. Both need a reason, given by a publisher.
 */
@Service
public class WithdrawOrRemove {

    private final DocumentStore store;
    private final OrganisationAccess access;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;

    WithdrawOrRemove(DocumentStore store, OrganisationAccess access, Workflow workflow, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.workflow = workflow;
        this.events = events;
    }

    @Transactional
    public void withdraw(StaffUser user, long documentId, String reason) {
        change(user, documentId, reason, EditionStatus.WITHDRAWN, "withdraw", PublicChange.Kind.WITHDRAWN);
    }

    @Transactional
    public void remove(StaffUser user, long documentId, String reason) {
        change(user, documentId, reason, EditionStatus.REMOVED, "remove", PublicChange.Kind.REMOVED);
    }

    private void change(StaffUser user, long documentId, String reason, EditionStatus to, String action,
                        PublicChange.Kind kind) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw InvalidInputException.of("reason", "workflow.reason.required");
        }
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.PUBLISHER);
        Edition live = workflow.live(documentId);
        boolean allowed = live.status() == EditionStatus.PUBLISHED
                || (live.status() == EditionStatus.WITHDRAWN && to == EditionStatus.REMOVED);
        if (!allowed) {
            throw new ConflictException("workflow.wrongStatus", live.status().name());
        }
        workflow.move(doc, live, live.status(), to, action, user, reason.strip());
        store.setPublicNote(live.id(), reason.strip());
        events.publishEvent(new PublicChange(kind, doc.id(), live.id(), doc.organisationId()));
    }
}
