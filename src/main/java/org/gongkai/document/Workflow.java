package org.gongkai.document;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** The shared steps of every workflow action: load under lock, move the status, write history and audit. */
@Component
class Workflow {

    private final DocumentStore store;
    private final ApplicationEventPublisher events;

    Workflow(DocumentStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    DocumentRef lockedDocument(long documentId) {
        DocumentRef doc = store.findDocument(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        store.lockDocument(documentId);
        return doc;
    }

    Edition inProgress(long documentId) {
        return store.inProgressEdition(documentId).orElseThrow(() -> new ConflictException("workflow.noEditionInProgress"));
    }

    Edition live(long documentId) {
        return store.liveEdition(documentId).orElseThrow(() -> new ConflictException("workflow.notPublished"));
    }

    /** Moves the edition or refuses with a message that names the status it is in. */
    void move(DocumentRef doc, Edition edition, EditionStatus from, EditionStatus to, String action, StaffUser actor,
              String note) {
        if (edition.status() != from || !store.moveStatus(edition.id(), from, to)) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        record(doc, edition, action, from, to, actor, note);
    }

    void record(DocumentRef doc, Edition edition, String action, EditionStatus from, EditionStatus to, StaffUser actor,
                String note) {
        store.insertEvent(doc.id(), edition.id(), action, from, to, actor == null ? null : actor.id(),
                actor == null ? "system" : actor.displayName(), note);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        before.put("edition", edition.number());
        after.put("edition", edition.number());
        if (from != null) {
            before.put("status", from.name());
        }
        if (to != null) {
            after.put("status", to.name());
        }
        if (note != null) {
            after.put("note", note);
        }
        events.publishEvent(new StaffAction(actor == null ? null : actor.id(),
                actor == null ? "system" : actor.username(), doc.organisationId(), "document." + action, "document",
                String.valueOf(doc.id()), before, after));
    }
}
