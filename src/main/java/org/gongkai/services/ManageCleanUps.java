package org.gongkai.services;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.SaveDraft;
import org.gongkai.document.StartNewEdition;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The actions on normative-document clean-ups (规范性文件清理结果). Editors list the organisation's published documents
 * with a decision each and apply the clean-up: in one step, every document whose 有效性 changes gets a new edition
 * with the new validity (已修订 with the amended document, or 废止 on the decision date), submitted to the documents'
 * own review — the document module's public actions, so its rules, screening, signatures and transparency log apply
 * as to any edition. A publisher publishes the clean-up's result. Every action is a {@link StaffAction}.
 */
@Service
public class ManageCleanUps {

    private static final Pattern DOCUMENT_REF = Pattern.compile("(?:.*/documents/)?([0-9]{1,18})/?");

    private final CleanUpStore store;
    private final OrganisationAccess access;
    private final PublishedDocuments published;
    private final DocumentQueries documents;
    private final StartNewEdition newEdition;
    private final SaveDraft save;
    private final SubmitForReview submit;
    private final ApplicationEventPublisher events;
    private final PublicEditions editions;

    ManageCleanUps(CleanUpStore store, OrganisationAccess access, PublishedDocuments published,
                   DocumentQueries documents, StartNewEdition newEdition, SaveDraft save, SubmitForReview submit,
                   ApplicationEventPublisher events, PublicEditions editions) {
        this.store = store;
        this.access = access;
        this.published = published;
        this.documents = documents;
        this.newEdition = newEdition;
        this.save = save;
        this.submit = submit;
        this.events = events;
        this.editions = editions;
    }

    @Transactional
    public long create(StaffUser user, String title, String basis, String decidedOn) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        Map<String, String> e = new LinkedHashMap<>();
        String t = PlanValidation.text(title, 200, "title", true, e);
        String b = PlanValidation.text(basis, 1000, "basis", false, e);
        LocalDate d = TaskLedgerValidation.date(decidedOn, "decidedOn", true, e);
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        long id = store.insert(user.organisationId(), t, b, d, user.id());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("title", t);
        now.put("basis", b);
        now.put("decidedOn", d.toString());
        log(user, user.organisationId(), id, "cleanup.create", now);
        return id;
    }

    /** Adds one of the organisation's published documents with its decision. */
    @Transactional
    public long addItem(StaffUser user, long id, String document, String decision, String replacedBy, String reason) {
        CleanUp c = draft(user, id);
        Map<String, String> e = new LinkedHashMap<>();
        Long doc = documentId(document, "document", true, e);
        CleanUp.Decision d = DeputyReplyValidation.parse(CleanUp.Decision.class, decision);
        if (d == null) {
            e.put("decision", "svc.cleanup.error.decision");
        }
        Long replacement = d == CleanUp.Decision.AMENDED ? documentId(replacedBy, "replacedBy", true, e) : null;
        String r = PlanValidation.text(reason, 500, "reason", false, e);
        Optional<PublishedDocument> pd = Optional.empty();
        if (doc != null && !e.containsKey("document")) {
            pd = published.find(doc).filter(p -> !p.withdrawn() && p.organisationId() == c.organisationId());
            if (pd.isEmpty()) {
                e.put("document", "svc.cleanup.error.document");
            } else if (store.hasItem(id, doc)) {
                e.put("document", "svc.cleanup.error.duplicate");
            }
        }
        if (replacement != null && !e.containsKey("replacedBy")
                && (replacement.equals(doc) || published.find(replacement).filter(p -> !p.withdrawn()).isEmpty())) {
            e.put("replacedBy", "svc.cleanup.error.replacedBy");
        }
        if (d == CleanUp.Decision.REPEALED && pd.isPresent() && pd.get().writtenDate() != null
                && c.decidedOn().isBefore(pd.get().writtenDate())) {
            e.put("decision", "svc.cleanup.error.repealedBeforeWritten");
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        long itemId = store.addItem(id, doc, d, replacement, r);
        store.touch(id);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("item", itemId);
        now.put("document", doc);
        now.put("decision", d.name());
        now.put("replacedBy", replacement);
        now.put("reason", r);
        log(user, c.organisationId(), id, "cleanup.item", now);
        return itemId;
    }

    @Transactional
    public void removeItem(StaffUser user, long id, long itemId) {
        CleanUp c = draft(user, id);
        if (!store.removeItem(id, itemId)) {
            throw new NotFoundException("clean-up item", itemId);
        }
        log(user, c.organisationId(), id, "cleanup.itemRemoved", Map.of("item", itemId));
    }

    /**
     * Applies the clean-up in one step: a new edition with the decided 有效性 for each document whose validity
     * changes, submitted for review. All or nothing: a document that already has an edition in progress, or whose
     * new edition the document rules refuse, refuses the whole step with the item named.
     */
    @Transactional
    public int apply(StaffUser user, long id) {
        CleanUp c = store.lock(id).orElseThrow(() -> new NotFoundException("clean-up", id));
        access.requireRole(user, c.organisationId(), Role.EDITOR);
        if (c.applied()) {
            throw new ConflictException("svc.cleanup.error.applied");
        }
        List<CleanUp.Item> items = store.items(id, false);
        if (items.isEmpty()) {
            throw InvalidInputException.of("items", "svc.cleanup.error.noItems");
        }
        Map<String, String> e = new LinkedHashMap<>();
        Map<CleanUp.Item, DocumentContent> changes = new LinkedHashMap<>();
        for (CleanUp.Item item : items) {
            DocumentView view = documents.view(user, item.documentId());
            if (view.liveRevision().isEmpty() || published.find(item.documentId()).filter(p -> !p.withdrawn()).isEmpty()) {
                e.put("item-" + item.id(), "svc.cleanup.error.notPublished");
                continue;
            }
            DocumentContent live = view.liveRevision().get().content();
            DocumentContent target = target(live, item, c.decidedOn());
            if (same(live, target)) {
                continue;
            }
            if (view.working().isPresent()) {
                e.put("item-" + item.id(), "svc.cleanup.error.inProgress");
                continue;
            }
            changes.put(item, target);
        }
        if (!e.isEmpty()) {
            throw new InvalidInputException(e);
        }
        for (CleanUp.Item item : items) {
            DocumentContent target = changes.get(item);
            if (target == null) {
                store.markItem(item.id(), false);
                continue;
            }
            newEdition.start(user, item.documentId());
            int version = documents.view(user, item.documentId()).working().orElseThrow().lockVersion();
            try {
                save.save(user, item.documentId(), version, target);
            } catch (InvalidInputException refused) {
                throw InvalidInputException.of("item-" + item.id(), "svc.cleanup.error.refusedByRules");
            }
            submit.submit(user, item.documentId());
            store.markItem(item.id(), true);
        }
        store.applied(id, user.id());
        log(user, c.organisationId(), id, "cleanup.apply",
                Map.of("items", items.size(), "editions", changes.size()));
        return changes.size();
    }

    @Transactional
    public void publish(StaffUser user, long id) {
        CleanUp c = store.lock(id).orElseThrow(() -> new NotFoundException("clean-up", id));
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        if (!c.applied()) {
            throw new ConflictException("svc.cleanup.error.notApplied");
        }
        if (c.published()) {
            throw new ConflictException("svc.cleanup.error.published");
        }
        store.publish(id, user.id());
        editions.record(PublicEditions.Part.CLEANUP, c.organisationId(), String.valueOf(id),
                publicFields(c, store.items(id, true)));
        log(user, c.organisationId(), id, "cleanup.publish", Map.of("published", true));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
    }

    /** What the public sees of a clean-up, with the keys of its history and API (items by document). */
    static Map<String, Object> publicFields(CleanUp c, List<CleanUp.Item> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title());
        m.put("basis", c.basis());
        m.put("decidedOn", c.decidedOn().toString());
        m.put("items", items.stream().sorted(java.util.Comparator.comparingLong(CleanUp.Item::documentId)).map(i -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("document", i.documentId());
            e.put("decision", i.decision().name());
            e.put("replacedBy", i.replacedBy());
            e.put("reason", i.reason());
            return e;
        }).toList());
        return m;
    }

    CleanUp readable(StaffUser user, long id) {
        CleanUp c = store.find(id).orElseThrow(() -> new NotFoundException("clean-up", id));
        access.requireRead(user, c.organisationId());
        return c;
    }

    /** The 有效性 the decision gives the document. */
    static DocumentContent target(DocumentContent live, CleanUp.Item item, LocalDate decidedOn) {
        DocumentContent.Builder b = live.toBuilder();
        return switch (item.decision()) {
            case KEPT -> b.validity(Validity.VALID).repealedOn(null).replacedByDocumentId(null).build();
            case AMENDED -> b.validity(Validity.REVISED).repealedOn(null).replacedByDocumentId(item.replacedBy()).build();
            case REPEALED -> b.validity(Validity.REPEALED).repealedOn(decidedOn).replacedByDocumentId(null).build();
        };
    }

    private static boolean same(DocumentContent a, DocumentContent b) {
        return a.validity() == b.validity() && Objects.equals(a.repealedOn(), b.repealedOn())
                && Objects.equals(a.replacedByDocumentId(), b.replacedByDocumentId());
    }

    private CleanUp draft(StaffUser user, long id) {
        CleanUp c = readable(user, id);
        access.requireRole(user, c.organisationId(), Role.EDITOR);
        if (c.applied()) {
            throw new ConflictException("svc.cleanup.error.applied");
        }
        return c;
    }

    private static Long documentId(String value, String field, boolean required, Map<String, String> e) {
        if (value == null || value.isBlank()) {
            if (required) {
                e.put(field, "svc.error.required");
            }
            return null;
        }
        Matcher m = DOCUMENT_REF.matcher(value.strip());
        if (!m.matches()) {
            e.put(field, "svc.cleanup.error.documentRef");
            return null;
        }
        return Long.valueOf(m.group(1));
    }

    private void log(StaffUser user, long organisationId, long id, String action, Map<String, Object> now) {
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "services." + action,
                "svc_cleanup", String.valueOf(id), Map.of(), now));
    }
}
