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
import java.util.List;
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
    private final DirectoryFields directoryFields;
    private final DirectoryStore directory;
    private final LinkStore links;

    ManageDatasets(OpenDataStore store, OrganisationAccess access, ApplicationEventPublisher events,
                   AnswerDataRequest requests, DirectoryFields directoryFields, DirectoryStore directory,
                   LinkStore links) {
        this.links = links;
        this.directoryFields = directoryFields;
        this.directory = directory;
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
        return create(user, form, fromRequest, null);
    }

    /**
     * As {@link #create(StaffUser, DatasetForm, Long)}, with the values of the catalogue fields as typed, by field
     * code (null: none).
     */
    @Transactional
    public long create(StaffUser user, DatasetForm form, Long fromRequest, Map<String, String> catalogueFields) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        Checked c = check(form, catalogueFields);
        OpenDataStore.Values v = c.values();
        long id = store.insert(user.organisationId(), v, user.id());
        Map<String, Object> now = v.asMap();
        if (c.directory() != null) {
            directory.replace(id, codes(), c.directory());
            c.directory().forEach((k, value) -> now.put("dir_" + k, value));
        }
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
        update(user, id, form, null);
    }

    /** As {@link #update(StaffUser, long, DatasetForm)}, with the catalogue fields as typed (null: unchanged). */
    @Transactional
    public void update(StaffUser user, long id, DatasetForm form, Map<String, String> catalogueFields) {
        Dataset before = get(id);
        access.requireRole(user, before.organisationId(), Role.EDITOR);
        Checked c = check(form, catalogueFields);
        OpenDataStore.Values v = c.values();
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
        Map<String, Object> current = v.asMap();
        if (c.directory() != null) {
            Map<String, String> stored = directory.values(id);
            for (String code : codes()) {
                old.put("dir_" + code, stored.get(code));
                current.put("dir_" + code, c.directory().get(code));
            }
            directory.replace(id, codes(), c.directory());
        }
        current.forEach((k, value) -> {
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

    /**
     * Publishes the dataset and every version and link not yet published; it must have at least one resource with a
     * file or one link.
     */
    @Transactional
    public void publish(StaffUser user, long id) {
        Dataset d = store.lock(id).orElseThrow(() -> new NotFoundException("dataset", id));
        access.requireRole(user, d.organisationId(), Role.PUBLISHER);
        if (store.resources(id).isEmpty() && !links.any(id)) {
            throw new ConflictException("od.error.noResources");
        }
        int versions = store.publishVersions(id);
        int linked = links.publish(id);
        if (d.status() == DatasetStatus.PUBLISHED && versions == 0 && linked == 0) {
            throw new ConflictException("od.error.nothingToPublish");
        }
        store.setStatus(id, DatasetStatus.PUBLISHED, user.id());
        requests.answerByPublication(user, id);
        events.publishEvent(new StaffAction(user.id(), user.username(), d.organisationId(),
                "opendata.dataset.publish", "od_dataset", String.valueOf(id), Map.of("status", d.status().name()),
                Map.of("status", DatasetStatus.PUBLISHED.name(), "versionsPublished", versions, "linksPublished", linked)));
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

    private record Checked(OpenDataStore.Values values, Map<String, String> directory) {
    }

    /** Both parts of the form checked, so a refused form lists every error at once. */
    private Checked check(DatasetForm form, Map<String, String> catalogueFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        OpenDataStore.Values v = null;
        Map<String, String> dir = null;
        try {
            v = DatasetValidation.validate(form);
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (catalogueFields != null) {
            try {
                dir = directoryFields.validate(catalogueFields);
            } catch (InvalidInputException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(v, dir);
    }

    private List<String> codes() {
        return directoryFields.all().stream().map(DirectoryField::code).toList();
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
