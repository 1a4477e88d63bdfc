package org.gongkai.interpretation;

import org.gongkai.document.DocumentQueries;
import org.gongkai.document.DocumentView;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Links a document of the staff member's organisation, as an interpretation, to the live edition of a published
 * policy document (or to the edition being prepared of the organisation's own major policy, ADR 0030), and removes
 * such a link. The interpretation may still be a draft (it is prepared with the policy,
 * 同步起草); the public sees the link only once it is published. Editors and publishers of the organisation do it.
 */
@Service
public class LinkInterpretation {

    static final int NAME_MAX = 100;
    static final int URL_MAX = 500;

    private final InterpretationStore store;
    private final DocumentQueries documents;
    private final PublishedDocuments published;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final MajorPolicyStore majors;

    LinkInterpretation(InterpretationStore store, DocumentQueries documents, PublishedDocuments published,
                       OrganisationAccess access, ApplicationEventPublisher events, MajorPolicyStore majors) {
        this.store = store;
        this.majors = majors;
        this.documents = documents;
        this.published = published;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long link(StaffUser user, InterpretationInput in) {
        access.requireRole(user, user.organisationId(), Role.EDITOR, Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        Long documentId = id(in.document(), "document", errors);
        Long policyId = id(in.policy(), "policy", errors);
        InterpretationForm form = choice(InterpretationForm.class, in.form(), "form", errors);
        Interpreter interpreter = choice(Interpreter.class, in.interpreter(), "interpreter", errors);
        String name = text(in.interpreterName());
        if (name == null) {
            errors.put("interpreterName", "interp.error.interpreterName");
        } else if (name.length() > NAME_MAX) {
            errors.put("interpreterName", "interp.error.tooLong");
        }
        String url = text(in.mediaUrl());
        if (url != null && (url.length() > URL_MAX || !url.matches("(?i)^https?://\\S+$"))) {
            errors.put("mediaUrl", "interp.error.mediaUrl");
        } else if (url == null && form != null && form.needsMedia()) {
            errors.put("mediaUrl", "interp.error.mediaRequired");
        }
        DocumentView doc = documentId == null ? null : ownDocument(user, documentId, errors);
        if (doc != null && form != null && form.needsTextAlternative()
                && (doc.current().bodyText() == null || doc.current().bodyText().isBlank())) {
            errors.put("form", "interp.error.textAlternative");
        }
        PolicyEdition policy = policyId == null ? null : policyEdition(user, policyId);
        if (policyId != null && policy == null) {
            errors.put("policy", "interp.error.policy");
        } else if (policy != null && documentId != null && policyId.longValue() == documentId) {
            errors.put("policy", "interp.error.self");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (store.exists(documentId, policyId)) {
            throw new ConflictException("interp.error.duplicate");
        }
        InterpretationStore.Values v = new InterpretationStore.Values(documentId, policyId, policy.organisationId(), policy.editionId(), form,
                interpreter, name, url, "true".equals(in.followUp()));
        long id = store.insert(user.organisationId(), v, user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("document", documentId);
        after.put("policy", policyId);
        after.put("policyEdition", policy.editionId());
        after.put("form", form.name());
        after.put("interpreter", interpreter.name());
        after.put("interpreterName", name);
        after.put("followUp", v.followUp());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "interpretation.linked", "interpretation", String.valueOf(id), Map.of(), after));
        changed(user.organisationId(), policy.organisationId(), policyId, documentId);
        return id;
    }

    @Transactional
    public void unlink(StaffUser user, long id) {
        Interpretation link = get(user, id);
        access.requireRole(user, link.organisationId(), Role.EDITOR, Role.PUBLISHER);
        store.delete(id);
        events.publishEvent(new StaffAction(user.id(), user.username(), link.organisationId(),
                "interpretation.unlinked", "interpretation", String.valueOf(id),
                Map.of("document", link.documentId(), "policy", link.policyDocumentId(), "form", link.form().name()),
                Map.of()));
        changed(link.organisationId(), link.policyOrganisationId(), link.policyDocumentId(), link.documentId());
    }

    /** The edition a link explains and the policy's organisation. */
    private record PolicyEdition(long organisationId, long editionId) {
    }

    /**
     * The live edition of a published policy; or, for a major policy of the user's organisation that was never
     * public, the edition being prepared (it is published together with its interpretation, ADR 0030).
     */
    private PolicyEdition policyEdition(StaffUser user, long policyId) {
        Optional<PublishedDocument> live = published.find(policyId);
        if (live.isPresent()) {
            return live.get().withdrawn() ? null
                    : new PolicyEdition(live.get().organisationId(), live.get().editionId());
        }
        if (majors.find(policyId).filter(m -> m.organisationId() == user.organisationId()).isEmpty()) {
            return null;
        }
        try {
            return documents.view(user, policyId).working()
                    .map(e -> new PolicyEdition(user.organisationId(), e.id())).orElse(null);
        } catch (NotFoundException | ForbiddenException e) {
            return null;
        }
    }

    /** The link, when the user may read its organisation's back office; 404 otherwise, as for a missing one. */
    Interpretation get(StaffUser user, long id) {
        Interpretation link = store.find(id).orElseThrow(() -> new NotFoundException("interpretation", id));
        if (!access.canRead(user, link.organisationId())) {
            throw new NotFoundException("interpretation", id);
        }
        return link;
    }

    private void changed(long organisationId, long policyOrganisationId, long policyId, long documentId) {
        events.publishEvent(new SiteContentChanged(organisationId));
        if (policyOrganisationId != organisationId) {
            events.publishEvent(new SiteContentChanged(policyOrganisationId));
        }
    }

    private DocumentView ownDocument(StaffUser user, long id, Map<String, String> errors) {
        Optional<DocumentView> view;
        try {
            view = Optional.of(documents.view(user, id));
        } catch (NotFoundException | ForbiddenException e) {
            view = Optional.empty();
        }
        if (view.isEmpty() || view.get().document().organisationId() != user.organisationId()) {
            errors.put("document", "interp.error.document");
            return null;
        }
        return view.get();
    }

    private static Long id(String value, String field, Map<String, String> errors) {
        String v = text(value);
        if (v == null) {
            errors.put(field, "interp.error." + field);
            return null;
        }
        try {
            long id = Long.parseLong(v);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through to the field's message
        }
        errors.put(field, "interp.error." + field);
        return null;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        String v = text(value);
        if (v != null) {
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                // falls through
            }
        }
        errors.put(field, "interp.error." + field);
        return null;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
