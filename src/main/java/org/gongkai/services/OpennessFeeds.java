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

import java.util.ArrayList;
import java.util.List;

/**
 * Atom feeds of published editions: the lists of powers and approval items (one entry per item's newest edition,
 * with its reason for the change) and the service catalog (one per guide's newest edition).
 */
@Controller
class OpennessFeeds {

    static final int SIZE = 30;

    private final PowerStore powers;
    private final GuideStore guides;
    private final OrganisationDirectory organisations;

    OpennessFeeds(PowerStore powers, GuideStore guides, OrganisationDirectory organisations) {
        this.powers = powers;
        this.guides = guides;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/powers/feed.atom")
    ResponseEntity<String> powers(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = site(slug);
        String base = base(request);
        List<Long> ids = organisations.subtreeIds(org.id());
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (PowerList list : PowerList.values()) {
            powers.publicList(ids, list, null, 1, SIZE).items().forEach(e -> entries.add(new AtomFeed.Entry(
                    base + "/powers/" + e.powerId(), e.code() + " " + e.name() + "（第 " + e.editionNo() + " 版）",
                    e.publishedAt(), organisations.get(e.organisationId()).name(),
                    e.department() + "；" + e.category() + (e.abolished() ? "；已取消" : "")
                            + (e.changeNote() == null ? "" : "；调整说明：" + e.changeNote()))));
        }
        entries.sort((a, b) -> b.updated().compareTo(a.updated()));
        return AtomFeed.response(org.name() + " · 权责清单", base + "/o/" + org.slug() + "/powers/feed.atom",
                base + "/o/" + org.slug() + "/powers", entries.subList(0, Math.min(SIZE, entries.size())));
    }

    @GetMapping("/o/{slug}/services/feed.atom")
    ResponseEntity<String> services(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = site(slug);
        String base = base(request);
        List<AtomFeed.Entry> entries = guides.publicList(organisations.subtreeIds(org.id()), null, 1, 200).items()
                .stream().sorted((a, b) -> b.publishedAt().compareTo(a.publishedAt())).limit(SIZE)
                .map(g -> new AtomFeed.Entry(base + "/services/" + g.serviceId(),
                        g.name() + " 办事指南（第 " + g.editionNo() + " 版）", g.publishedAt(),
                        organisations.get(g.organisationId()).name(),
                        "编码 " + g.code() + (g.changeNote() == null ? "" : "；调整说明：" + g.changeNote())))
                .toList();
        return AtomFeed.response(org.name() + " · 办事指南", base + "/o/" + org.slug() + "/services/feed.atom",
                base + "/o/" + org.slug() + "/services", entries);
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
