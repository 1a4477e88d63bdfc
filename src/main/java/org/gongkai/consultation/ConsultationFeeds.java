package org.gongkai.consultation;

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

import java.time.Instant;
import java.util.List;

/**
 * The Atom feed of a site's published consultations, the newest first: an entry when one is published, updated when
 * its adoption report is. Drafts never appear (the store's public list holds published ones only).
 */
@Controller
class ConsultationFeeds {

    static final int SIZE = 20;

    private final ConsultationStore store;
    private final OrganisationDirectory organisations;

    ConsultationFeeds(ConsultationStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/consultations/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Consultation> items = store.list(org.id(), true, "published_at desc, id desc", 1, SIZE).items();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        List<AtomFeed.Entry> entries = items.stream().map(c -> new AtomFeed.Entry(base + "/consultations/" + c.id(),
                c.title(), updated(c),
                c.draftingDepartment() == null ? org.name() : org.name() + " " + c.draftingDepartment(),
                c.explanation())).toList();
        return AtomFeed.response(org.name() + " · 意见征集", base + "/o/" + org.slug() + "/consultations/feed.atom",
                base + "/o/" + org.slug() + "/consultations", entries);
    }

    private static Instant updated(Consultation c) {
        return c.reportPublishedAt() != null ? c.reportPublishedAt() : c.publishedAt();
    }
}
