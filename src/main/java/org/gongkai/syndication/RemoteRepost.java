package org.gongkai.syndication;

import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.CreateDocument;
import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.SubmitForReview;
import org.gongkai.document.Validity;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.transparency.RemoteEditionCheck;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two decisions on a verified remote item, as {@link Repost} takes them for same-platform ones: re-posting makes
 * a document of the subscriber holding the canonical edition exactly as verified (its text one paragraph per
 * line) and submits it for review; dismissing needs a reason. A flagged item (the source changed) is not re-posted.
 */
@Service
public class RemoteRepost {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RemoteStore store;
    private final CreateDocument create;
    private final SubmitForReview submit;
    private final CatalogTree catalog;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    RemoteRepost(RemoteStore store, CreateDocument create, SubmitForReview submit, CatalogTree catalog,
                 OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.create = create;
        this.submit = submit;
        this.catalog = catalog;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long repost(StaffUser user, long itemId, String column) {
        RemoteItem item = get(user, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR);
        Long nodeId = parseId(column);
        if (nodeId == null || catalog.find(nodeId).filter(n -> n.organisationId() == item.organisationId()).isEmpty()) {
            throw InvalidInputException.of("column", "repost.error.column");
        }
        if (item.status() != RepostStatus.QUEUED) {
            throw new ConflictException("repost.error.decided");
        }
        if (item.flagged()) {
            throw new ConflictException("repost.error.sourceGone");
        }
        if (!RemoteEditionCheck.matches(item.canonicalJson(), item.contentHash())) {
            throw new ConflictException("remote.error.tampered");
        }
        JsonNode e = JSON.readTree(item.canonicalJson());
        DocumentContent content = DocumentContent.builder().catalogNodeId(nodeId).title(text(e, "title"))
                .documentNumber(text(e, "documentNumber")).issuer(text(e, "issuer"))
                .writtenDate(date(e, "writtenDate")).publishDate(date(e, "publishDate")).theme(text(e, "theme"))
                .opennessClass(text(e, "opennessClass")).keywords(text(e, "keywords")).summary(text(e, "summary"))
                .kind(DocumentKind.OTHER).validity(Validity.VALID).bodyHtml(paragraphs(text(e, "body"))).build();
        long documentId = create.create(user, item.organisationId(), content);
        submit.submit(user, documentId);
        if (!store.markReposted(item.id(), documentId, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.put("remoteDocument", item.remoteDocumentId());
        after.put("contentHash", item.contentHash());
        after.put("leaf", item.leafIndex());
        after.put("column", nodeId);
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(),
                "syndication.remote.reposted", "remote_item", String.valueOf(item.id()),
                Map.of("status", item.status().name()), after));
        return documentId;
    }

    @Transactional
    public void dismiss(StaffUser user, long itemId, String reason) {
        RemoteItem item = get(user, itemId);
        access.requireRole(user, item.organisationId(), Role.EDITOR, Role.PUBLISHER);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "repost.error.reason");
        }
        if (r.length() > Repost.REASON_MAX) {
            throw InvalidInputException.of("reason", "repost.error.reasonTooLong");
        }
        if (!store.markDismissed(item.id(), r, user.id())) {
            throw new ConflictException("repost.error.decided");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), item.organisationId(),
                "syndication.remote.dismissed", "remote_item", String.valueOf(item.id()),
                Map.of("status", item.status().name()), Map.of("status", "DISMISSED", "reason", r)));
    }

    /** The item, when the user may read its organisation's back office; 404 otherwise. */
    RemoteItem get(StaffUser user, long id) {
        RemoteItem item = store.item(id).orElseThrow(() -> new NotFoundException("remote_item", id));
        if (!access.canRead(user, item.organisationId())) {
            throw new NotFoundException("remote_item", id);
        }
        return item;
    }

    /** The canonical body, one paragraph per line, as escaped paragraphs. */
    static String paragraphs(String body) {
        StringBuilder html = new StringBuilder();
        for (String line : (body == null ? "" : body).split("\n")) {
            if (!line.isBlank()) {
                html.append("<p>").append(HtmlUtils.htmlEscape(line.strip())).append("</p>");
            }
        }
        return html.toString();
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.get(name);
        return n == null || n.isNull() ? null : n.asString();
    }

    private static LocalDate date(JsonNode o, String name) {
        String s = text(o, name);
        return s == null ? null : LocalDate.parse(s);
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
