package org.gongkai.services;

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
import org.springframework.web.multipart.MultipartFile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The actions on the service catalog (服务公开, ADR 0045). An editor adds a service (code and the first draft of its
 * guide) and edits the guide's one draft and its materials — a new draft starts from the newest published edition,
 * materials included; the draft goes through the review ({@link ServicesReview}, ADR 0049) and a publisher publishes
 * the approved draft, which then never changes. Publishing an incomplete guide is
 * allowed (the completeness check's list stays on the staff and public pages), but a guide without a single
 * material is not published. Every action is a {@link StaffAction}.
 */
@Service
public class ManageGuides implements VersionedItems<ServiceGuide, GuideForm> {

    private final GuideStore store;
    private final GuideFileStore files;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final ServicesReview review;

    ManageGuides(GuideStore store, GuideFileStore files, OrganisationAccess access, ApplicationEventPublisher events,
                 ServicesReview review) {
        this.store = store;
        this.review = review;
        this.files = files;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional
    public long create(StaffUser user, GuideForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().strip();
        if (!code.matches("[0-9A-Za-z][0-9A-Za-z._-]{0,39}")) {
            errors.put("code", "svc.guide.error.code");
        }
        GuideForm.Values v = form.check(errors);
        if (errors.isEmpty() && store.codeTaken(user.organisationId(), code)) {
            errors.put("code", "svc.guide.error.codeTaken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insertService(user.organisationId(), code, user.id());
        store.insertGuide(id, 1, v, user.id());
        Map<String, Object> now = new LinkedHashMap<>(v.asMap());
        now.put("code", code);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "services.guide.create",
                "svc_service", String.valueOf(id), Map.of(), now));
        return id;
    }

    @Override
    @Transactional
    public void saveDraft(StaffUser user, long id, GuideForm form) {
        long org = editable(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        GuideForm.Values v = form.check(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ServiceGuide current = store.editions(id).get(0);
        if (current.published()) {
            long draft = store.insertGuide(id, current.editionNo() + 1, v, user.id());
            store.copyMaterials(current.id(), draft);
        } else {
            review.editing(ReviewSubject.GUIDE, current.id());
            Integer version = PlanValidation.integer(form.version());
            if (version == null || !store.updateDraft(current.id(), version, v)) {
                throw new ConflictException("svc.open.stale");
            }
        }
        Map<String, Object> was = new GuideForm(null, current.name(), current.basis(), current.conditions(),
                current.steps(), current.timeLimit(), current.fees(), current.feeBasis(), current.placeTime(),
                current.onlineUrl(), current.consultation(), current.complaint(), null, null)
                .check(new LinkedHashMap<>()).asMap();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(was.get(k), value)) {
                before.put(k, was.get(k));
                after.put(k, value);
            }
        });
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.guide.draft", "svc_service",
                String.valueOf(id), before, after));
    }

    @Transactional
    public long addMaterial(StaffUser user, long id, String name, boolean required, String form,
                            MultipartFile template, MultipartFile sample) {
        long org = editable(user, id);
        Map<String, String> errors = new LinkedHashMap<>();
        String n = PlanValidation.text(name, 200, "materialName", true, errors);
        String f = PlanValidation.text(form, 200, "materialForm", false, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String[] t = files.store(template, "template");
        String[] s = files.store(sample, "sample");
        long draft = draftOf(user, id);
        long mid = store.addMaterial(draft, n, required, f, t, s);
        store.touch(draft);
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("material", n);
        now.put("required", required);
        now.put("template", t[1]);
        now.put("sample", s[1]);
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.guide.material.add",
                "svc_service", String.valueOf(id), Map.of(), now));
        return mid;
    }

    @Transactional
    public void removeMaterial(StaffUser user, long id, long materialId) {
        long org = editable(user, id);
        long draft = draftOf(user, id);
        GuideMaterial m = store.material(materialId).filter(x -> x.guideId() == draft)
                .orElseThrow(() -> new NotFoundException("material", materialId));
        store.removeMaterial(draft, materialId);
        store.touch(draft);
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.guide.material.remove",
                "svc_service", String.valueOf(id), Map.of("material", m.name()), Map.of()));
    }

    @Override
    @Transactional
    public int publish(StaffUser user, long id) {
        long org = organisation(id);
        access.requireRole(user, org, Role.PUBLISHER);
        ServiceGuide draft = store.lockDraft(id).orElseThrow(() -> new ConflictException("svc.guide.error.noDraft"));
        List<GuideMaterial> materials = store.materials(draft.id());
        if (materials.isEmpty()) {
            throw new ConflictException("svc.guide.error.noMaterials");
        }
        review.publishing(user, ReviewSubject.GUIDE, draft.id());
        store.publish(draft.id(), user.id());
        GuideCompleteness.Missing missing = GuideCompleteness.check(draft, materials);
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.guide.publish", "svc_service",
                String.valueOf(id), Map.of(), Map.of("edition", draft.editionNo(), "missing", missing.elements())));
        events.publishEvent(new SiteContentChanged(org));
        return draft.editionNo();
    }

    /** The service's editions, newest first, for staff who may read its organisation. */
    @Override
    public List<ServiceGuide> readable(StaffUser user, long id) {
        access.requireRead(user, organisation(id));
        return store.editions(id);
    }

    /** The id of the service's draft, started from the newest published edition when there is none. */
    private long draftOf(StaffUser user, long id) {
        ServiceGuide current = store.editions(id).get(0);
        if (!current.published()) {
            review.editing(ReviewSubject.GUIDE, current.id());
            return current.id();
        }
        GuideForm f = GuideForm.of(current);
        long draft = store.insertGuide(id, current.editionNo() + 1, f.check(new LinkedHashMap<>()), user.id());
        store.copyMaterials(current.id(), draft);
        return draft;
    }

    private long editable(StaffUser user, long id) {
        long org = organisation(id);
        access.requireRole(user, org, Role.EDITOR);
        return org;
    }

    private long organisation(long id) {
        return store.organisationOf(id).orElseThrow(() -> new NotFoundException("service", id));
    }
}
