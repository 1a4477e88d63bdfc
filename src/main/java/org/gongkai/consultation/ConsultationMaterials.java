package org.gongkai.consultation;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consultation's attachments: published documents of the same organisation (their files were screened, reviewed
 * and given public copies by the document module), listed with a label. The public page shows a material, and its
 * files, only while the document is public. Editors and publishers, until the adoption report.
 */
@Service
public class ConsultationMaterials {

    static final int LABEL_MAX = 200;

    /** A material as the public sees it: the document as published now. */
    record Shown(Material material, PublishedDocument document) {
    }

    private final DraftConsultation drafts;
    private final MaterialStore store;
    private final PublishedDocuments documents;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    ConsultationMaterials(DraftConsultation drafts, MaterialStore store, PublishedDocuments documents,
                          OrganisationAccess access, ApplicationEventPublisher events) {
        this.drafts = drafts;
        this.store = store;
        this.documents = documents;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long attach(StaffUser user, long consultationId, String document, String label) {
        Consultation c = editable(user, consultationId);
        Map<String, String> errors = new LinkedHashMap<>();
        Long documentId = null;
        try {
            documentId = Long.parseLong(document == null ? "" : document.strip());
        } catch (NumberFormatException e) {
            errors.put("materialDocument", "consult.material.error.document");
        }
        if (documentId != null && documents.find(documentId)
                .filter(d -> d.organisationId() == c.organisationId() && !d.withdrawn()).isEmpty()) {
            errors.put("materialDocument", "consult.material.error.document");
        } else if (documentId != null && store.exists(consultationId, documentId)) {
            errors.put("materialDocument", "consult.material.error.duplicate");
        }
        String l = DraftConsultation.text(label);
        if (l == null) {
            errors.put("materialLabel", "consult.error.required");
        } else if (l.length() > LABEL_MAX) {
            errors.put("materialLabel", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
        long id = store.insert(consultationId, documentId, l, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.material",
                "consultation", String.valueOf(consultationId), Map.of(),
                Map.of("material", id, "document", documentId, "label", l)));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
        return id;
    }

    @Transactional
    public void detach(StaffUser user, long consultationId, long materialId) {
        Consultation c = editable(user, consultationId);
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
        if (store.delete(consultationId, materialId) != 1) {
            throw new NotFoundException("material", materialId);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.materialRemoved",
                "consultation", String.valueOf(consultationId), Map.of("material", materialId), Map.of()));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
    }

    List<Material> of(long consultationId) {
        return store.of(consultationId);
    }

    /** The materials whose document is public now, with it. */
    List<Shown> shown(long consultationId) {
        List<Material> all = store.of(consultationId);
        Map<Long, PublishedDocument> live = new java.util.HashMap<>();
        documents.findAll(all.stream().map(Material::documentId).toList()).stream().filter(d -> !d.withdrawn())
                .forEach(d -> live.put(d.documentId(), d));
        return all.stream().filter(m -> live.containsKey(m.documentId()))
                .map(m -> new Shown(m, live.get(m.documentId()))).toList();
    }

    private Consultation editable(StaffUser user, long consultationId) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        return c;
    }
}
