package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The public JSON API of random inspections (under {@code /api/v1/public/}, open without a token): a site's published
 * plans, and one plan with its commitment, its registers' public columns, the draw and the published results — all a
 * program needs to re-run the draw. Contact columns and unpublished results never appear.
 */
@RestController
class RandomInspectionApi {

    static final int MAX_SIZE = 100;

    private final RandomInspectionStore store;
    private final OrganisationDirectory organisations;

    RandomInspectionApi(RandomInspectionStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/public/inspections/{site}/plans")
    Map<String, Object> plans(@PathVariable String site, @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        int pageSize = size == null ? 20 : size;
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw InvalidInputException.of("size", "svc.error.size");
        }
        Page<InspectionPlan> rows = store.publicList(organisations.subtreeIds(o.id()), Page.clamp(page), pageSize);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("page", rows.page());
        out.put("size", rows.size());
        out.put("total", rows.total());
        out.put("plans", rows.items().stream().map(this::summary).toList());
        return out;
    }

    @GetMapping("/api/v1/public/inspections/plans/{id}")
    Map<String, Object> plan(@PathVariable long id) {
        InspectionPlan p = store.findPublic(id).orElseThrow(() -> new NotFoundException("plan", id));
        Map<String, Object> out = summary(p);
        out.put("matters", store.matters(id).stream().map(m -> map("name", m.name(), "basis", m.basis())).toList());
        out.put("entities", store.entities(id).stream().map(e -> map("code", e.code(), "name", e.name(),
                "category", e.category(), "address", e.address())).toList());
        out.put("inspectors", store.inspectors(id).stream().map(i -> map("badge", i.badge(), "name", i.name(),
                "unit", i.unit())).toList());
        if (p.status() == PlanStatus.DRAWN) {
            out.put("drawn", store.drawn(id, true).stream().map(d -> {
                Map<String, Object> m = map("position", d.position(), "code", d.entity().code(),
                        "inspectors", d.inspectors().stream().map(RegisteredInspector::badge).toList());
                InspectionResult r = d.result();
                m.put("result", r == null ? null : map("inspectedOn", r.inspectedOn().toString(),
                        "outcome", r.outcome().name(), "problems", r.problems(), "measures", r.measures(),
                        "recheck", r.recheck(), "publishedAt", r.publishedAt().toString()));
                return m;
            }).toList());
        }
        return out;
    }

    private Map<String, Object> summary(InspectionPlan p) {
        Map<String, Object> m = map("id", p.id(), "url", "/inspections/" + p.id(), "title", p.title(),
                "organisation", organisations.get(p.organisationId()).name(), "status", p.status().name(),
                "ratioPercent", p.ratioPercent(), "inspectorsPerEntity", p.inspectorsPerEntity(),
                "entityCount", p.entityCount(), "inspectorCount", p.inspectorCount(), "sampleSize", p.sampleSize());
        m.put("registersPublishedAt", p.frozenAt().toString());
        m.put("entitiesSha256", p.entitiesSha256());
        m.put("inspectorsSha256", p.inspectorsSha256());
        m.put("entitiesCsv", "/inspections/" + p.id() + "/entities.csv");
        m.put("inspectorsCsv", "/inspections/" + p.id() + "/inspectors.csv");
        m.put("seedSource", p.seedSource());
        m.put("seedAvailableAt", p.seedAvailableAt().toString());
        m.put("seedValues", p.seedValues());
        m.put("seedKey", p.seedKey());
        m.put("drawnAt", p.drawnAt() == null ? null : p.drawnAt().toString());
        m.put("resultsDue", p.resultsDue() == null ? null : p.resultsDue().toString());
        return m;
    }

    private static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
