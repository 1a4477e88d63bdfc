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
 * The actions on dataset series: editors create and correct a series and attach or remove its members (datasets of
 * the same organisation, each with the start of the period it covers, since that orders the series); publishers
 * publish or withdraw it. Each action is a {@link StaffAction}; a change to a published series tells the portal.
 */
@Service
public class ManageSeries {

    private final SeriesStore store;
    private final OpenDataStore datasets;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    ManageSeries(SeriesStore store, OpenDataStore datasets, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.datasets = datasets;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public long create(StaffUser user, SeriesForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        SeriesForm.Values v = form.validate();
        long id = store.insert(user.organisationId(), v, user.id());
        audit(user, user.organisationId(), "opendata.series.create", id, Map.of(), v.asMap());
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, SeriesForm form) {
        Series before = get(id);
        access.requireRole(user, before.organisationId(), Role.EDITOR);
        SeriesForm.Values v = form.validate();
        Integer version = DatasetValidation.version(form.version());
        if (version == null) {
            throw InvalidInputException.of("version", "od.error.version");
        }
        if (!store.update(id, version, v, user.id())) {
            throw new ConflictException("ods.error.stale");
        }
        Map<String, Object> old = new SeriesForm.Values(before.title(), before.description(), before.frequency()).asMap();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(old.get(k), value)) {
                was.put(k, old.get(k));
                now.put(k, value);
            }
        });
        audit(user, before.organisationId(), "opendata.series.update", id, was, now);
        changed(before);
    }

    /** Adds a dataset of the series' organisation that is in no series and has the start of its period. */
    @Transactional
    public void attach(StaffUser user, long id, Long datasetId) {
        Series s = store.lock(id).orElseThrow(() -> new NotFoundException("series", id));
        access.requireRole(user, s.organisationId(), Role.EDITOR);
        if (datasetId == null) {
            throw InvalidInputException.of("dataset", "ods.error.dataset");
        }
        Dataset d = datasets.lock(datasetId).filter(x -> x.organisationId() == s.organisationId())
                .orElseThrow(() -> InvalidInputException.of("dataset", "ods.error.dataset"));
        if (store.seriesOf(d.id()).isPresent()) {
            throw InvalidInputException.of("dataset", "ods.error.taken");
        }
        if (d.temporalStart() == null) {
            throw InvalidInputException.of("dataset", "ods.error.noPeriod");
        }
        store.attach(id, d.id(), user.id());
        store.touch(id, user.id());
        audit(user, s.organisationId(), "opendata.series.attach", id, Map.of(), Map.of("dataset", d.id()));
        changed(s);
    }

    @Transactional
    public void detach(StaffUser user, long id, long datasetId) {
        Series s = store.lock(id).orElseThrow(() -> new NotFoundException("series", id));
        access.requireRole(user, s.organisationId(), Role.EDITOR);
        if (!store.detach(id, datasetId)) {
            throw new NotFoundException("series member", datasetId);
        }
        store.touch(id, user.id());
        audit(user, s.organisationId(), "opendata.series.detach", id, Map.of("dataset", datasetId), Map.of());
        changed(s);
    }

    @Transactional
    public void publish(StaffUser user, long id) {
        Series s = store.lock(id).orElseThrow(() -> new NotFoundException("series", id));
        access.requireRole(user, s.organisationId(), Role.PUBLISHER);
        if (s.status() == DatasetStatus.PUBLISHED) {
            throw new ConflictException("ods.error.published");
        }
        store.setStatus(id, DatasetStatus.PUBLISHED, user.id());
        audit(user, s.organisationId(), "opendata.series.publish", id, Map.of("status", s.status().name()),
                Map.of("status", DatasetStatus.PUBLISHED.name()));
        events.publishEvent(new SiteContentChanged(s.organisationId()));
    }

    @Transactional
    public void withdraw(StaffUser user, long id) {
        Series s = store.lock(id).orElseThrow(() -> new NotFoundException("series", id));
        access.requireRole(user, s.organisationId(), Role.PUBLISHER);
        if (s.status() != DatasetStatus.PUBLISHED) {
            throw new ConflictException("ods.error.notPublished");
        }
        store.setStatus(id, DatasetStatus.WITHDRAWN, user.id());
        audit(user, s.organisationId(), "opendata.series.withdraw", id, Map.of("status", s.status().name()),
                Map.of("status", DatasetStatus.WITHDRAWN.name()));
        events.publishEvent(new SiteContentChanged(s.organisationId()));
    }

    Series readable(StaffUser user, long id) {
        Series s = get(id);
        access.requireRead(user, s.organisationId());
        return s;
    }

    Series get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("series", id));
    }

    private void changed(Series s) {
        if (s.status() == DatasetStatus.PUBLISHED) {
            events.publishEvent(new SiteContentChanged(s.organisationId()));
        }
    }

    private void audit(StaffUser user, long org, String action, long id, Map<String, Object> was,
                       Map<String, Object> now) {
        events.publishEvent(new StaffAction(user.id(), user.username(), org, action, "od_series", String.valueOf(id),
                was, now));
    }
}
