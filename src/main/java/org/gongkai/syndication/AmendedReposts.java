package org.gongkai.syndication;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.document.Revision;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.transparency.RemoteEditionCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Updates a published re-post whose original was amended (policy UPDATE, ADR 0052): a new edition of the re-post
 * holding the amended original — the same-platform source's live edition, or the other instance's newly verified
 * edition — in the re-post's own column, submitted for the same review as any edition. The banner stays until that
 * edition is published. Nothing here publishes.
 */
@Component
class AmendedReposts {

    private final SyndicationStore store;
    private final RemoteStore remote;
    private final PublishedDocuments published;
    private final StartNewEdition newEdition;
    private final DocumentQueries documents;
    private final SaveDraft save;
    private final SubmitForReview submit;
    private final ApplicationEventPublisher events;

    AmendedReposts(SyndicationStore store, RemoteStore remote, PublishedDocuments published,
                   StartNewEdition newEdition, DocumentQueries documents, SaveDraft save, SubmitForReview submit,
                   ApplicationEventPublisher events) {
        this.store = store;
        this.remote = remote;
        this.published = published;
        this.newEdition = newEdition;
        this.documents = documents;
        this.save = save;
        this.submit = submit;
        this.events = events;
    }

    /** A same-platform item; false when there is nothing to update. */
    boolean updateLocal(StaffUser actor, long itemId) {
        RepostItem item = store.find(itemId).orElse(null);
        if (item == null || item.status() != RepostStatus.REPOSTED || item.repostDocumentId() == null) {
            return false;
        }
        PublishedDocument source = published.find(item.sourceDocumentId()).orElse(null);
        if (source == null || source.withdrawn() || source.validity() != Validity.VALID
                || source.editionId() == item.sourceEditionId()) {
            return false;
        }
        newEditionOf(actor, item.repostDocumentId(), LocalQueue.content(source));
        store.rebase(item.id(), Sources.of(source));
        audit(actor, item.organisationId(), "repost_item", item.id(), item.repostDocumentId(),
                Map.of("sourceEdition", item.sourceEditionId()),
                Map.of("sourceEdition", source.editionId(), "fingerprint", Sources.fingerprint(source)));
        return true;
    }

    /** An item of another instance, with the amended edition the poll just verified. */
    boolean updateRemote(StaffUser actor, long itemId, RemoteEditionCheck.Verified amended) {
        RemoteItem item = remote.item(itemId).orElse(null);
        if (item == null || !item.verified() || item.status() != RepostStatus.REPOSTED
                || item.repostDocumentId() == null || amended.editionId() == item.remoteEditionId()
                || !amended.published() || !"VALID".equals(amended.validity())) {
            return false;
        }
        newEditionOf(actor, item.repostDocumentId(), RemoteQueue.content(amended.canonicalJson()));
        remote.rebase(item.id(), amended);
        audit(actor, item.organisationId(), "remote_item", item.id(), item.repostDocumentId(),
                Map.of("contentHash", item.contentHash()),
                Map.of("contentHash", amended.contentHash(), "leaf", amended.leafIndex()));
        return true;
    }

    private void newEditionOf(StaffUser actor, long repostDocumentId, DocumentContent.Builder content) {
        newEdition.start(actor, repostDocumentId);
        var view = documents.view(actor, repostDocumentId);
        int version = view.working().orElseThrow().lockVersion();
        Revision working = view.workingRevision().orElseThrow();
        save.save(actor, repostDocumentId, version, content.catalogNodeId(working.content().catalogNodeId()).build());
        submit.submit(actor, repostDocumentId);
    }

    private void audit(StaffUser actor, long organisationId, String table, long itemId, long documentId,
                       Map<String, Object> before, Map<String, Object> change) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.putAll(change);
        after.put("policy", "UPDATE");
        events.publishEvent(new StaffAction(actor.id(), actor.username(), organisationId, "syndication.updated",
                table, String.valueOf(itemId), before, after));
    }
}
