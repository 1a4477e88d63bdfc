package org.gongkai.syndication;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.SubmitForReview;
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

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two decisions on a queued item, whichever queue it is in. Re-posting makes a document of the subscriber in
 * the chosen column holding the source's text (title, 文号, issuing body, dates, text; kind OTHER) and submits it for
 * review in the same step: it then goes through the same screening, review and publication as any document of the
 * organisation. Dismissing needs a reason. Either is taken once.
 */
@Service
public class Repost {

    static final int REASON_MAX = 500;

    private final Map<QueueKind, ItemQueue> queues = new EnumMap<>(QueueKind.class);
    private final SyndicationStore store;
    private final CreateDocument create;
    private final SubmitForReview submit;
    private final CatalogTree catalog;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    Repost(List<ItemQueue> queues, SyndicationStore store, CreateDocument create, SubmitForReview submit,
           CatalogTree catalog, OrganisationAccess access, ApplicationEventPublisher events) {
        queues.forEach(q -> this.queues.put(q.kind(), q));
        this.store = store;
        this.create = create;
        this.submit = submit;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
    }

    /** Re-posts a same-platform item into a column of the organisation; answers the new document's id. */
    public long repost(StaffUser user, long itemId, String column) {
        return repost(user, QueueKind.LOCAL, itemId, column);
    }

    public void dismiss(StaffUser user, long itemId, String reason) {
        dismiss(user, QueueKind.LOCAL, itemId, reason);
    }

    /** Re-posts the item into a column of its organisation; answers the new document's id (submitted for review). */
    @Transactional
    public long repost(StaffUser user, QueueKind kind, long itemId, String column) {
        return repost(user, kind, itemId, column, null);
    }

    /** As {@link #repost(StaffUser, QueueKind, long, String)}, taken by a rule (recorded in the audit entry). */
    @Transactional
    public long repost(StaffUser user, QueueKind kind, long itemId, String column, Long ruleId) {
        QueuedItem item = get(user, kind, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR);
        Long nodeId = parseId(column);
        if (nodeId == null || catalog.find(nodeId).filter(n -> n.organisationId() == item.organisationId()).isEmpty()) {
            throw InvalidInputException.of("column", "repost.error.column");
        }
        if (item.status() != RepostStatus.QUEUED) {
            throw new ConflictException("repost.error.decided");
        }
        ItemQueue queue = queues.get(kind);
        ItemQueue.Prepared prepared = queue.prepare(item);
        long documentId = create.create(user, item.organisationId(), prepared.content().catalogNodeId(nodeId).build());
        submit.submit(user, documentId);
        if (!queue.markReposted(item.id(), documentId, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.putAll(prepared.evidence());
        after.put("column", nodeId);
        if (ruleId != null) {
            after.put("rule", ruleId);
        }
        boolean local = kind == QueueKind.LOCAL;
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(),
                local ? "syndication.reposted" : "syndication.remote.reposted", local ? "repost_item" : "remote_item",
                String.valueOf(item.id()), Map.of("status", item.status().name()), after));
        return documentId;
    }

    @Transactional
    public void dismiss(StaffUser user, QueueKind kind, long itemId, String reason) {
        QueuedItem item = get(user, kind, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR, Role.PUBLISHER);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "repost.error.reason");
        }
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "repost.error.reasonTooLong");
        }
        if (!queues.get(kind).markDismissed(item.id(), r, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        boolean local = kind == QueueKind.LOCAL;
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(),
                local ? "syndication.dismissed" : "syndication.remote.dismissed", local ? "repost_item" : "remote_item",
                String.valueOf(item.id()), Map.of("status", item.status().name()),
                Map.of("status", RepostStatus.DISMISSED.name(), "reason", r)));
    }

    /** The first items waiting in the user's organisation's queue, newest first. */
    public List<RepostItem> waiting(StaffUser user, int max) {
        access.requireRead(user, user.organisationId());
        return store.list(user.organisationId(), RepostStatus.QUEUED, false, false, 1, max).items();
    }

    /** The item, when the user may read its organisation's back office; 404 otherwise, as for a missing one. */
    QueuedItem get(StaffUser user, QueueKind kind, long id) {
        QueuedItem item = queues.get(kind).find(id).orElseThrow(() -> new NotFoundException(kind.table(), id));
        if (!access.canRead(user, item.organisationId())) {
            throw new NotFoundException(kind.table(), id);
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
