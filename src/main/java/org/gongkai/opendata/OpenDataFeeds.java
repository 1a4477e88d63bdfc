package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.AtomFeed;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/** The Atom feed of a site's published datasets (its organisation and those below), the newest first. */
@Controller
class OpenDataFeeds {

    static final int SIZE = 20;

    private final PublicDatasets published;
    private final OrganisationDirectory organisations;

    OpenDataFeeds(PublicDatasets published, OrganisationDirectory organisations) {
        this.published = published;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/data/feed.atom")
    ResponseEntity<String> atom(@PathVariable String slug, HttpServletRequest request) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Dataset> datasets = published.newest(organisations.subtreeIds(org.id()), SIZE);
        String base = OpenDataPages.base(request);
        List<AtomFeed.Entry> entries = datasets.stream().map(d -> new AtomFeed.Entry(base + "/data/" + d.id(),
                d.title(), d.updatedAt(), d.publisher(), d.description())).toList();
        return AtomFeed.response(org.name() + " · 开放数据", base + "/o/" + org.slug() + "/data/feed.atom",
                base + "/o/" + org.slug() + "/data", entries);
    }
}
