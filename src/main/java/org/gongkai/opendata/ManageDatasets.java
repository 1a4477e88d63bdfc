package org.gongkai.opendata;

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
import java.util.Map;
import java.util.Objects;

/**
 * The actions on a dataset's metadata and status: editors create and correct it; publishers publish it (with every
 * version uploaded since, so nothing reaches the public without a publisher's step) or withdraw it. Each action is
 * a {@link StaffAction}; publishing and withdrawing tell the portal its site changed.
 */
@Service
public class ManageDatasets {

    private final OpenDataStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final AnswerDataRequest requests;

    ManageDatasets(OpenDataStore store, OrganisationAccess access, ApplicationEventPublisher events,
                   AnswerDataRequest requests) {
        this.store = store;
        this.access = access;
        this.events = events;
        this.requests = requests;
    }

    @Transactional
    public long create(StaffUser user, DatasetForm form) {
        return create(user, form, null);
    }

    /**
     * Creates a dataset; with {@code fromRequest}, for that open data request of the organisation, which its
     * publication will answer.
     */
    @Transactional
    public long create(StaffUser user, DatasetForm form, Long fromRequest) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        OpenDataStore.Values v = DatasetValidation.validate(form);
        long id = store.insert(user.organisationId(), v, user.id());
        Map<String, Object> now = v.asMap();
        if (fromRequest != null) {
            requests.link(user, fromRequest, id);
            now.put("fromRequest", fromRequest);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                "opendata.dataset.create", "od_dataset", String.valueOf(id), Map.of(), now));
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, DatasetForm form) {
        Dataset before = get(id);
        access.requireRole(user, before.organisationId(), Role.EDITOR);
        OpenDataStore.Values v = DatasetValidation.validate(form);
        Integer version = DatasetValidation.version(form.version());
        if (version == null) {
            throw InvalidInputException.of("version", "od.error.version");
        }
        if (!store.update(id, version, v, user.id())) {
            throw new ConflictException("od.error.stale");
        }
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> old = OpenDataStore.Values.of(before).asMap();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(old.get(k), value)) {
                was.put(k, old.get(k));
                now.put(k, value);
            }
        });
        events.publishEvent(new StaffAction(user.id(), user.username(), before.organisationId(),
                "opendata.dataset.update", "od_dataset", String.valueOf(id), was, now));
        if (before.status() == DatasetStatus.PUBLISHED) {
            events.publishEvent(new SiteContentChanged(before.organisationId()));
        }
    }

    /** Publishes the dataset and every version not yet published; it must have at least one resource with a file. */
    @Transactional
    public void publish(StaffUser user, long id) {
        Dataset d = store.lock(id).orElseThrow(() -> new NotFoundException("dataset", id));
        access.requireRole(user, d.organisationId(), Role.PUBLISHER);
        if (store.resources(id).isEmpty()) {
            throw new ConflictException("od.error.noResources");
        }
        int versions = store.publishVersions(id);
        if (d.status() == DatasetStatus.PUBLISHED && versions == 0) {
            throw new ConflictException("od.error.nothingToPublish");
        }
        store.setStatus(id, DatasetStatus.PUBLISHED, user.id());
        requests.answerByPublication(user, id);
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(),
                "opendata.dataset.publish", "od_dataset", String.valueOf(id), Map.of("status", d.status().name()),
                Map.of("status", DatasetStatus.PUBLISHED.name(), "versionsPublished", versions)));
        events.publishEvent(new SiteContentChanged(d.organisationId()));
    }

    @Transactional
    public void withdraw(StaffUser user, long id) {
        Dataset d = store.lock(id).orElseThrow(() -> new NotFoundException("dataset", id));
        access.requireRole(user, d.organisationId(), Role.PUBLISHER);
        if (d.status() != DatasetStatus.PUBLISHED) {
            throw new ConflictException("od.error.notPublished");
        }
        store.setStatus(id, DatasetStatus.WITHDRAWN, user.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(),
                "opendata.dataset.withdraw", "od_dataset", String.valueOf(id), Map.of("status", d.status().name()),
                Map.of("status", DatasetStatus.WITHDRAWN.name())));
        events.publishEvent(new SiteContentChanged(d.organisationId()));
    }

    /** The dataset, for a staff member who may read its organisation's back office. */
    Dataset readable(StaffUser user, long id) {
        Dataset d = get(id);
        access.requireRead(user, d.organisationId());
        return d;
    }

    Dataset get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("dataset", id));
    }
}
