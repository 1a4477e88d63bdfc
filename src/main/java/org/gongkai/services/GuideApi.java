package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The public JSON of the service catalog: published guides only, with their materials and completeness. */
@RestController
class GuideApi {

    record Material(String name, boolean required, String form, String template, String sample) {
    }

    record Guide(long id, String code, int edition, String name, String basis, String conditions, String steps,
                 String timeLimit, String fees, String feeBasis, String placeTime, String onlineUrl,
                 String consultation, String complaint, String changeNote, Instant publishedAt,
                 List<Material> materials, List<String> missing, long useful, long notUseful) {
    }

    record Listing(String site, long total, int page, List<Guide> items) {
    }

    private final GuideStore store;
    private final OrganisationDirectory organisations;

    GuideApi(GuideStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/public/services/{site}")
    Listing list(@PathVariable String site, @RequestParam(required = false) Integer page) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        Page<ServiceGuide> rows = store.publicList(organisations.subtreeIds(o.id()), null, Page.clamp(page), 100);
        return new Listing(o.slug(), rows.total(), rows.page(), rows.items().stream().map(this::guide).toList());
    }

    @GetMapping("/api/v1/public/services/items/{id}")
    Guide item(@PathVariable long id) {
        return guide(store.publicGuide(id).orElseThrow(() -> new NotFoundException("service", id)));
    }

    private Guide guide(ServiceGuide g) {
        List<GuideMaterial> ms = store.materials(g.id());
        String base = "/services/" + g.serviceId() + "/materials/";
        long[] r = store.ratings(g.serviceId());
        return new Guide(g.serviceId(), g.code(), g.editionNo(), g.name(), g.basis(), g.conditions(), g.steps(),
                g.timeLimit(), g.fees(), g.feeBasis(), g.placeTime(), g.onlineUrl(), g.consultation(), g.complaint(),
                g.changeNote(), g.publishedAt(),
                ms.stream().map(m -> new Material(m.name(), m.required(), m.form(),
                        m.hasTemplate() ? base + m.id() + "/template" : null,
                        m.hasSample() ? base + m.id() + "/sample" : null)).toList(),
                GuideCompleteness.check(g, ms).elements(), r[0], r[1]);
    }
}
