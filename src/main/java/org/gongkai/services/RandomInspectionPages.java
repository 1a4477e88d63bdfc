package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/**
 * The public side of random inspections: each site's list of plans whose registers are published (its organisation
 * and those below), a plan's page (matters, the commitment, both registers without contact columns, the draw and the
 * published results), and a page that re-runs the draw from the published registers with any seed values a visitor
 * types, so anyone can check it without a tool. Read only through the {@code svc_public_plan} view.
 */
@Controller
class RandomInspectionPages {

    static final int PAGE_SIZE = 20;

    private final RandomInspectionStore store;
    private final OrganisationDirectory organisations;
    private final java.time.Clock clock;

    private final org.gongkai.transparency.CommitmentLog commitments;

    RandomInspectionPages(RandomInspectionStore store, OrganisationDirectory organisations, java.time.Clock clock,
                          org.gongkai.transparency.CommitmentLog commitments) {
        this.commitments = commitments;
        this.store = store;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/o/{slug}/inspections")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        Page<InspectionPlan> rows = store.publicList(organisations.subtreeIds(site.id()), Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", site);
        model.addAttribute("rows", rows);
        model.addAttribute("names", rows.items().stream()
                .map(p -> organisations.get(p.organisationId()).name()).toList());
        return "services/plans";
    }

    @GetMapping("/inspections/{id}")
    String plan(@PathVariable long id, Model model) {
        InspectionPlan p = published(id);
        model.addAttribute("org", organisations.get(p.organisationId()));
        model.addAttribute("plan", p);
        model.addAttribute("commitment", commitments.find(RegisterCommitment.subject(id)).orElse(null));
        model.addAttribute("statement", p.entitiesSha256() == null ? null
                : RegisterCommitment.statement(p, p.entitiesSha256(), p.inspectorsSha256()));
        model.addAttribute("matters", store.matters(id));
        model.addAttribute("entities", store.entities(id));
        model.addAttribute("inspectors", store.inspectors(id));
        List<DrawnEntity> drawn = p.status() == PlanStatus.DRAWN ? store.drawn(id, true) : List.of();
        model.addAttribute("drawn", drawn);
        model.addAttribute("resultsOverdue", ResultsDeadline.overdue(p, drawn,
                java.time.LocalDate.now(clock.withZone(org.gongkai.platform.Zones.CHINA))));
        return "services/plan";
    }

    /** Re-runs the draw on the published registers with the seed values typed (the recorded ones by default). */
    @GetMapping("/inspections/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String seed, Model model) {
        InspectionPlan p = published(id);
        String typed = seed != null ? seed : p.seedValues();
        model.addAttribute("org", organisations.get(p.organisationId()));
        model.addAttribute("plan", p);
        model.addAttribute("seed", typed);
        if (typed != null && !typed.isBlank()) {
            var key = DrawAlgorithm.seedKey(typed);
            model.addAttribute("seedError", key.isEmpty());
            key.ifPresent(k -> {
                List<RegisteredEntity> entities = store.entities(id);
                List<RegisteredInspector> inspectors = store.inspectors(id);
                String e = RegisterCsv.sha256(RegisterCsv.entities(entities));
                String i = RegisterCsv.sha256(RegisterCsv.inspectors(inspectors));
                DrawAlgorithm.Selection s = DrawAlgorithm.draw(k, e, i, entities.size(), inspectors.size(),
                        p.ratioBp(), p.inspectorsPerEntity());
                List<Rerun> rows = new ArrayList<>();
                for (int n = 0; n < s.entities().size(); n++) {
                    rows.add(new Rerun(n + 1, entities.get(s.entities().get(n)),
                            s.inspectors().get(n).stream().map(inspectors::get).toList()));
                }
                model.addAttribute("key", k);
                model.addAttribute("registersMatch", e.equals(p.entitiesSha256()) && i.equals(p.inspectorsSha256()));
                model.addAttribute("rerun", rows);
                if (p.status() == PlanStatus.DRAWN) {
                    List<Long> recorded = store.drawn(id, true).stream().map(d -> d.entity().id()).toList();
                    model.addAttribute("sameAsRecorded", recorded.equals(rows.stream().map(r -> r.entity().id()).toList()));
                }
            });
        }
        return "services/verify";
    }

    record Rerun(int position, RegisteredEntity entity, List<RegisteredInspector> inspectors) {
    }

    private InspectionPlan published(long id) {
        return store.findPublic(id).orElseThrow(() -> new NotFoundException("plan", id));
    }
}
