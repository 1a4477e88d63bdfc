package org.gongkai.syndication;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two decisions on a queued item. Re-posting makes a document of the subscriber in the chosen column, holding the
 * source's live edition (title, 文号, issuing body, dates, text) and submits it for review in the same step: it then
 * goes through the same screening, review and publication as any document of the organisation. Dismissing needs a
 * reason. Either is taken once.
 */
@Service
public class Repost {

    static final int REASON_MAX = 500;

    private final SyndicationStore store;
    private final PublishedDocuments published;
    private final CreateDocument create;
    private final SubmitForReview submit;
    private final CatalogTree catalog;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    Repost(SyndicationStore store, PublishedDocuments published, CreateDocument create, SubmitForReview submit,
           CatalogTree catalog, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.published = published;
        this.create = create;
        this.submit = submit;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
    }

    /** Re-posts the item into a column of the organisation; answers the new document's id (submitted for review). */
    @Transactional
    public long repost(StaffUser user, long itemId, String column) {
        RepostItem item = get(user, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR);
        Long nodeId = parseId(column);
        if (nodeId == null || catalog.find(nodeId).filter(n -> n.organisationId() == item.organisationId()).isEmpty()) {
            throw InvalidInputException.of("column", "repost.error.column");
        }
        if (item.status() != RepostStatus.QUEUED) {
            throw new ConflictException("repost.error.decided");
        }
        PublishedDocument source = published.find(item.sourceDocumentId()).orElse(null);
        if (source == null || source.withdrawn() || source.validity() != Validity.VALID) {
            throw new ConflictException("repost.error.sourceGone");
        }
        if (source.editionId() != item.sourceEditionId()) {
            store.refresh(item.id(), Sources.of(source));
        }
        DocumentContent content = DocumentContent.builder().catalogNodeId(nodeId).title(source.title())
                .documentNumber(source.documentNumber()).issuer(source.issuer()).writtenDate(source.writtenDate())
                .publishDate(source.shownPublishDate()).theme(source.theme()).opennessClass(source.opennessClass())
                .keywords(source.keywords()).summary(source.summary())
                // a re-post is not the subscriber's own 规章 or 规范性文件 (table 二 of its annual report)
                .kind(DocumentKind.OTHER).validity(Validity.VALID)
                .bodyHtml(source.bodyHtml()).build();
        long documentId = create.create(user, item.organisationId(), content);
        submit.submit(user, documentId);
        if (!store.markReposted(item.id(), documentId, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.put("source", item.sourceDocumentId());
        after.put("sourceEdition", source.editionId());
        after.put("fingerprint", Sources.fingerprint(source));
        after.put("column", nodeId);
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(), "syndication.reposted",
                "repost_item", String.valueOf(item.id()), Map.of("status", item.status().name()), after));
        return documentId;
    }

    @Transactional
    public void dismiss(StaffUser user, long itemId, String reason) {
        RepostItem item = get(user, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR, Role.PUBLISHER);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "repost.error.reason");
        }
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "repost.error.reasonTooLong");
        }
        if (!store.markDismissed(item.id(), r, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(), "syndication.dismissed",
                "repost_item", String.valueOf(item.id()), Map.of("status", item.status().name()),
                Map.of("status", RepostStatus.DISMISSED.name(), "reason", r)));
    }

    /** The first items waiting in the user's organisation's queue, newest first. */
    public java.util.List<RepostItem> waiting(StaffUser user, int max) {
        access.requireRead(user, user.organisationId());
        return store.list(user.organisationId(), RepostStatus.QUEUED, false, false, 1, max).items();
    }

    /** The item, when the user may read its organisation's back office; 404 otherwise, as for a missing one. */
    RepostItem get(StaffUser user, long id) {
        RepostItem item = store.find(id).orElseThrow(() -> new NotFoundException("repost_item", id));
        if (!access.canRead(user, item.organisationId())) {
            throw new NotFoundException("repost_item", id);
        }
        return item;
    }

    private static Long parseId(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
