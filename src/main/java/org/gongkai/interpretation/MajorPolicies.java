package org.gongkai.interpretation;

import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishEdition;
import org.gongkai.document.PublishedDocuments;
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

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The "published together" rule for major policies (重大政策, ADR 0030). Editors and publishers of the organisation
 * mark a document as major (and unmark it while it was never public); {@link MajorPolicyGate} then holds it back
 * from publication until a linked interpretation is public. A publisher publishes the approved interpretations and
 * the policy in one transaction ({@link #publishTogether}), or records an exception with a reason, which is audited
 * and listed for the organisations above.
 */
@Service
public class MajorPolicies {

    static final int REASON_MAX = 1000;

    private final MajorPolicyStore store;
    private final InterpretationStore links;
    private final DocumentQueries documents;
    private final PublishedDocuments published;
    private final PublishEdition publish;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MajorPolicies(MajorPolicyStore store, InterpretationStore links, DocumentQueries documents,
                  PublishedDocuments published, PublishEdition publish, OrganisationAccess access,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.links = links;
        this.documents = documents;
        this.published = published;
        this.publish = publish;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void mark(StaffUser user, long documentId) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        DocumentView doc = ownDocument(user, documentId);
        if (!store.mark(documentId, doc.document().organisationId(), user.id())) {
            throw new ConflictException("interp.major.already");
        }
        audit(user, "interpretation.majorMarked", documentId, Map.of(), Map.of("major", true));
    }

    /** Takes the mark off a document that was never public; afterwards the mark stays (the dashboard needs it). */
    @Transactional
    public void unmark(StaffUser user, long documentId) {
        MajorPolicy major = own(user, documentId);
        access.requireRole(user, major.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (published.find(documentId).isPresent()) {
            throw new ConflictException("interp.major.alreadyPublic");
        }
        store.unmark(documentId);
        audit(user, "interpretation.majorUnmarked", documentId, Map.of("major", true), Map.of("major", false));
    }

    /** A publisher lets the major policy be published without an interpretation; the reason is kept and shown. */
    @Transactional
    public void recordException(StaffUser user, long documentId, String reason) {
        MajorPolicy major = own(user, documentId);
        access.requireRole(user, major.organisationId(), Role.PUBLISHER);
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw InvalidInputException.of("reason", "interp.major.error.reason");
        }
        if (r.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "interp.error.tooLong");
        }
        if (!store.recordException(documentId, r, user.id(), clock.instant())) {
            throw new ConflictException("interp.major.exceptionExists");
        }
        audit(user, "interpretation.majorException", documentId, Map.of(), Map.of("reason", r));
    }

    /**
     * Publishes the approved interpretations linked to the major policy, then the policy, in one transaction: if any
     * of them cannot be published (not approved, held back by a gate) nothing is.
     */
    @Transactional
    public void publishTogether(StaffUser user, long documentId) {
        MajorPolicy major = own(user, documentId);
        access.requireRole(user, major.organisationId(), Role.PUBLISHER);
        List<Long> interpretations = links.ofPolicy(documentId).stream().map(Interpretation::documentId)
                .distinct().toList();
        if (interpretations.isEmpty()) {
            throw new ConflictException("interp.major.noInterpretation");
        }
        var alreadyPublic = published.publishedAmong(interpretations);
        List<Long> toPublish = interpretations.stream().filter(id -> !alreadyPublic.contains(id)).toList();
        for (long id : toPublish) {
            publish.publishNow(user, id);
        }
        publish.publishNow(user, documentId);
        audit(user, "interpretation.publishedTogether", documentId, Map.of(),
                Map.of("interpretations", toPublish));
    }

    /** The mark, when the user may read its organisation's back office; 404 otherwise. */
    MajorPolicy own(StaffUser user, long documentId) {
        MajorPolicy major = store.find(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
        if (!access.canRead(user, major.organisationId())) {
            throw new NotFoundException("document", documentId);
        }
        return major;
    }

    private DocumentView ownDocument(StaffUser user, long documentId) {
        DocumentView doc;
        try {
            doc = documents.view(user, documentId);
        } catch (NotFoundException | org.gongkai.platform.web.ForbiddenException e) {
            throw InvalidInputException.of("document", "interp.error.document");
        }
        if (doc.document().organisationId() != user.organisationId()) {
            throw InvalidInputException.of("document", "interp.error.document");
        }
        return doc;
    }

    private void audit(StaffUser user, String action, long documentId, Map<String, Object> before,
                       Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), action, "document",
                String.valueOf(documentId), before, after));
    }
}
