package org.gongkai.services;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * The Atom feed of a site's published inspection plans. Each entry carries the registers' SHA-256 and the seed's
 * source from the moment the registers are published, so every feed reader that fetched it is a witness that the
 * commitment came before the seed.
 */
@Controller
class RandomInspectionFeeds {

    static final int SIZE = 20;

    private final RandomInspectionStore store;
    private final OrganisationDirectory organisations;

    RandomInspectionFeeds(RandomInspectionStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/inspections/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<InspectionPlan> plans = store.publicList(organisations.subtreeIds(org.id()), 1, SIZE).items();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<AtomFeed.Entry> entries = plans.stream().map(p -> new AtomFeed.Entry(base + "/inspections/" + p.id(),
                p.title(), p.updatedAt(), organisations.get(p.organisationId()).name(), summary(p))).toList();
        return AtomFeed.response(org.name() + " · 双随机、一公开", base + "/o/" + org.slug() + "/inspections/feed.atom",
                base + "/o/" + org.slug() + "/inspections", entries);
    }

    /** The commitment: the registers' hashes and the seed's source, then the draw once made. */
    private static String summary(InspectionPlan p) {
        StringBuilder summary = new StringBuilder()
                .append("检查对象名录 SHA-256 ").append(p.entitiesSha256())
                .append("；执法检查人员名录 SHA-256 ").append(p.inspectorsSha256())
                .append("；随机数来源：").append(p.seedSource())
                .append("（").append(p.seedAvailableAt()).append(" 公布）");
        if (p.status() == PlanStatus.DRAWN) {
            summary.append("；已于 ").append(p.drawnAt()).append(" 抽取，随机数 ").append(p.seedValues());
        }
        return summary.toString();
    }
}
