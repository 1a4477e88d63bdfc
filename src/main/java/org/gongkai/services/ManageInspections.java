package org.gongkai.services;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.gongkai.transparency.CommitmentLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The actions on a random-inspection plan. Editors draft the plan, its matters and its registers; a publisher
 * publishes the registers (their SHA-256 and the seed's source are then fixed, and the source must still lie in the
 * future), makes the draw once the seed is known — refused if the registers no longer hash to what was published —
 * and publishes results that editors recorded. Every action is a {@link StaffAction}.
 */
@Service
public class ManageInspections {

    private final RandomInspectionStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final CommitmentLog commitments;

    ManageInspections(RandomInspectionStore store, OrganisationAccess access, ApplicationEventPublisher events, Clock clock,
                      CommitmentLog commitments) {
        this.commitments = commitments;
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(StaffUser user, PlanForm form) {
        access.requireRole(user, user.organisationId(), Role.EDITOR);
        PlanValidation.Values v = PlanValidation.plan(form);
        long id = store.insert(user.organisationId(), v, user.id());
        audit(user, user.organisationId(), "services.plan.create", id, Map.of(), v.asMap());
        return id;
    }

    @Transactional
    public void update(StaffUser user, long id, PlanForm form) {
        InspectionPlan before = draft(user, id);
        PlanValidation.Values v = PlanValidation.plan(form);
        Integer version = PlanValidation.integer(form.version());
        if (version == null) {
            throw InvalidInputException.of("version", "svc.error.version");
        }
        if (!store.update(id, version, v)) {
            throw new ConflictException("svc.error.stale");
        }
        Map<String, Object> old = new PlanValidation.Values(before.title(), before.description(), before.ratioBp(),
                before.inspectorsPerEntity(), before.seedSource(), before.seedAvailableAt(), before.resultsDue()).asMap();
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(old.get(k), value)) {
                was.put(k, old.get(k));
                now.put(k, value);
            }
        });
        audit(user, before.organisationId(), "services.plan.update", id, was, now);
    }

    @Transactional
    public void addMatter(StaffUser user, long id, String name, String basis) {
        InspectionPlan p = draft(user, id);
        PlanValidation.Matter m = PlanValidation.matter(name, basis);
        store.addMatter(id, m.name(), m.basis());
        audit(user, p.organisationId(), "services.plan.matter", id, Map.of(), Map.of("name", m.name()));
    }

    /** Adds entities (or replaces them by code) from pasted lines: code, name, category, address, contact. */
    @Transactional
    public int putEntities(StaffUser user, long id, String lines, boolean replaceAll) {
        InspectionPlan p = draft(user, id);
        List<String[]> rows = PlanValidation.lines(lines, "entities", 2, 5, new int[]{40, 200, 100, 200, 100}, false);
        int cleared = replaceAll ? store.clearEntities(id) : 0;
        int n = store.putEntities(id, rows);
        audit(user, p.organisationId(), "services.plan.entities", id, Map.of("removed", cleared),
                Map.of("lines", n, "count", store.entities(id).size()));
        return n;
    }

    /** Adds inspectors (or replaces them by badge number) from pasted lines: badge, name, unit, phone. */
    @Transactional
    public int putInspectors(StaffUser user, long id, String lines, boolean replaceAll) {
        InspectionPlan p = draft(user, id);
        List<String[]> rows = PlanValidation.lines(lines, "inspectors", 2, 4, new int[]{40, 50, 200, 40}, true);
        int cleared = replaceAll ? store.clearInspectors(id) : 0;
        int n = store.putInspectors(id, rows);
        audit(user, p.organisationId(), "services.plan.inspectors", id, Map.of("removed", cleared),
                Map.of("lines", n, "count", store.inspectors(id).size()));
        return n;
    }

    /**
     * Publishes the registers: records the SHA-256 of their public CSV and fixes the seed's source, which must be
     * named and not yet known. From here on the registers and the commitment cannot change.
     */
    @Transactional
    public void publishRegisters(StaffUser user, long id) {
        InspectionPlan p = store.lock(id).orElseThrow(() -> new NotFoundException("plan", id));
        access.requireRole(user, p.organisationId(), Role.PUBLISHER);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("svc.error.notDraft");
        }
        Instant now = clock.instant();
        if (p.seedSource() == null || p.seedAvailableAt() == null) {
            throw new ConflictException("svc.error.noSeedSource");
        }
        if (!p.seedAvailableAt().isAfter(now)) {
            throw new ConflictException("svc.error.seedKnown");
        }
        if (store.matters(id).isEmpty()) {
            throw new ConflictException("svc.error.noMatters");
        }
        List<RegisteredEntity> entities = store.entities(id);
        List<RegisteredInspector> inspectors = store.inspectors(id);
        if (entities.isEmpty()) {
            throw new ConflictException("svc.error.noEntities");
        }
        if (inspectors.size() < p.inspectorsPerEntity()) {
            throw new ConflictException("svc.error.tooFewInspectors");
        }
        String e = RegisterCsv.sha256(RegisterCsv.entities(entities));
        String i = RegisterCsv.sha256(RegisterCsv.inspectors(inspectors));
        store.freeze(id, e, i, entities.size(), inspectors.size(), now, user.id());
        // the hashes go into the transparency log before anyone can know the seed (ADR 0045)
        CommitmentLog.Logged leaf = commitments.append(RegisterCommitment.subject(id), RegisterCommitment.statement(p, e, i));
        audit(user, p.organisationId(), "services.plan.publishRegisters", id, Map.of("status", p.status().name()),
                Map.of("status", PlanStatus.FROZEN.name(), "entitiesSha256", e, "inspectorsSha256", i,
                        "seedSource", p.seedSource(), "seedAvailableAt", p.seedAvailableAt().toString(),
                        "logLeaf", leaf.leafIndex()));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }

    /** Makes the draw with the seed values as the named source published them. */
    @Transactional
    public void draw(StaffUser user, long id, String seedValues) {
        draw(user, id, seedValues, clock.instant());
    }

    /** The draw as of a moment; tests use it to stand after the seed's time without waiting for it. */
    @Transactional
    void draw(StaffUser user, long id, String seedValues, Instant now) {
        InspectionPlan p = store.lock(id).orElseThrow(() -> new NotFoundException("plan", id));
        access.requireRole(user, p.organisationId(), Role.PUBLISHER);
        if (p.status() != PlanStatus.FROZEN) {
            throw new ConflictException(p.status() == PlanStatus.DRAWN ? "svc.error.drawn" : "svc.error.notFrozen");
        }
        if (now.isBefore(p.seedAvailableAt())) {
            throw new ConflictException("svc.error.seedNotYet");
        }
        String key = DrawAlgorithm.seedKey(seedValues)
                .orElseThrow(() -> InvalidInputException.of("seedValues", "svc.error.seedValues"));
        List<RegisteredEntity> entities = store.entities(id);
        List<RegisteredInspector> inspectors = store.inspectors(id);
        if (!RegisterCsv.sha256(RegisterCsv.entities(entities)).equals(p.entitiesSha256())
                || !RegisterCsv.sha256(RegisterCsv.inspectors(inspectors)).equals(p.inspectorsSha256())) {
            throw new ConflictException("svc.error.registersChanged");
        }
        DrawAlgorithm.Selection s = DrawAlgorithm.draw(key, p.entitiesSha256(), p.inspectorsSha256(), entities.size(),
                inspectors.size(), p.ratioBp(), p.inspectorsPerEntity());
        store.saveDraw(id, entities, inspectors, s);
        store.drawn(id, seedValues.strip(), key, now, user.id());
        audit(user, p.organisationId(), "services.plan.draw", id, Map.of("status", p.status().name()),
                Map.of("status", PlanStatus.DRAWN.name(), "seedKey", key, "entities",
                        s.entities().stream().map(n -> entities.get(n).code()).toList()));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }

    @Transactional
    public void recordResult(StaffUser user, long id, long entityId, String inspectedOn, String outcome,
                             String problems, String measures, String recheck) {
        InspectionPlan p = get(id);
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        if (p.status() != PlanStatus.DRAWN || !store.isDrawn(id, entityId)) {
            throw new NotFoundException("drawn entity", entityId);
        }
        PlanValidation.Result r = PlanValidation.result(inspectedOn, outcome, problems, measures, recheck);
        store.saveResult(id, entityId, r, user.id());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("entityId", entityId);
        now.put("outcome", r.outcome().name());
        now.put("inspectedOn", r.inspectedOn().toString());
        audit(user, p.organisationId(), "services.result.record", id, Map.of(), now);
    }

    @Transactional
    public int publishResults(StaffUser user, long id) {
        InspectionPlan p = store.lock(id).orElseThrow(() -> new NotFoundException("plan", id));
        access.requireRole(user, p.organisationId(), Role.PUBLISHER);
        int n = store.publishResults(id, user.id());
        if (n == 0) {
            throw new ConflictException("svc.error.noResults");
        }
        audit(user, p.organisationId(), "services.result.publish", id, Map.of(), Map.of("results", n));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
        return n;
    }

    /** The drawn entities of a plan in draw order, with their inspectors and results, for its staff. */
    public List<DrawnEntity> drawn(StaffUser user, long id) {
        readable(user, id);
        return store.drawn(id, false);
    }

    /** The plan, for a staff member who may read its organisation's back office. */
    InspectionPlan readable(StaffUser user, long id) {
        InspectionPlan p = get(id);
        access.requireRead(user, p.organisationId());
        return p;
    }

    InspectionPlan get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private InspectionPlan draft(StaffUser user, long id) {
        InspectionPlan p = get(id);
        access.requireRole(user, p.organisationId(), Role.EDITOR);
        if (p.status() != PlanStatus.DRAFT) {
            throw new ConflictException("svc.error.notDraft");
        }
        return p;
    }

    private void audit(StaffUser user, long organisationId, String action, long planId, Map<String, Object> was,
                       Map<String, Object> now) {
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, action, "svc_plan",
                String.valueOf(planId), was, now));
    }
}
