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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The actions on the lists of powers and approval items (管理公开, ADR 0045). An editor creates an item (its first
 * draft edition) and edits the item's one draft — a new draft starts from the newest published edition; the draft
 * goes through the review ({@link ServicesReview}, ADR 0049) and a publisher publishes the approved draft, which then
 * never changes. A change after the first edition needs a note saying
 * why (调整说明), shown in the public history. Every action is a {@link StaffAction}.
 */
@Service
public class ManagePowers implements VersionedItems<PowerEdition, PowerForm> {

    private final PowerStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final ServicesReview review;

    ManagePowers(PowerStore store, OrganisationAccess access, ApplicationEventPublisher events, ServicesReview review) {
        this.store = store;
        this.review = review;
        this.access = access;
        this.events = events;
    }

    @Override
    @Transactional
    public long create(StaffUser user, PowerForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        PowerList list = PowerList.parse(form.list());
        if (list == null) {
            errors.put("list", "svc.power.error.list");
        }
        String code = form.code() == null ? "" : form.code().strip();
        if (!code.matches("[0-9A-Za-z][0-9A-Za-z._-]{0,39}")) {
            errors.put("code", "svc.power.error.code");
        }
        PowerForm.Values v = form.check(errors);
        if (errors.isEmpty() && store.codeTaken(user.organisationId(), list, code)) {
            errors.put("code", "svc.power.error.codeTaken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long id = store.insert(user.organisationId(), list, code, user.id());
        store.insertEdition(id, 1, v, user.id());
        Map<String, Object> now = new LinkedHashMap<>(v.asMap());
        now.put("list", list.name());
        now.put("code", code);
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "services.power.create",
                "svc_power", String.valueOf(id), Map.of(), now));
        return id;
    }

    /** Saves the item's draft; when it has none, starts one from the newest published edition. */
    @Override
    @Transactional
    public void saveDraft(StaffUser user, long id, PowerForm form) {
        long org = organisation(id);
        access.requireRole(user, org, Role.EDITOR);
        Map<String, String> errors = new LinkedHashMap<>();
        PowerForm.Values v = form.check(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PowerEdition current = store.current(id).orElseThrow(() -> new NotFoundException("power", id));
        if (current.published()) {
            store.insertEdition(id, current.editionNo() + 1, v, user.id());
        } else {
            review.editing(ReviewSubject.POWER, current.id());
            Integer version = PlanValidation.integer(form.version());
            if (version == null || !store.updateDraft(current.id(), version, v)) {
                throw new ConflictException("svc.open.stale");
            }
        }
        Map<String, Object> was = PowerForm.Values.of(current).asMap();
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(was.get(k), value)) {
                before.put(k, was.get(k));
                after.put(k, value);
            }
        });
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.power.draft",
                "svc_power", String.valueOf(id), before, after));
    }

    /** Publishes the draft as the item's next edition. */
    @Override
    @Transactional
    public int publish(StaffUser user, long id) {
        long org = organisation(id);
        access.requireRole(user, org, Role.PUBLISHER);
        PowerEdition draft = store.lockDraft(id).orElseThrow(() -> new ConflictException("svc.power.error.noDraft"));
        if (draft.editionNo() > 1 && draft.changeNote() == null) {
            throw InvalidInputException.of("changeNote", "svc.power.error.changeNote");
        }
        review.publishing(user, ReviewSubject.POWER, draft.id());
        store.publish(draft.id(), user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "services.power.publish",
                "svc_power", String.valueOf(id), Map.of(), Map.of("edition", draft.editionNo(),
                "abolished", draft.abolished())));
        events.publishEvent(new SiteContentChanged(org));
        return draft.editionNo();
    }

    /** The item's editions, newest first, for staff who may read its organisation. */
    @Override
    public List<PowerEdition> readable(StaffUser user, long id) {
        access.requireRead(user, organisation(id));
        return store.editions(id);
    }

    private long organisation(long id) {
        return store.organisationOf(id).orElseThrow(() -> new NotFoundException("power", id));
    }
}
