package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The site map (网站地图) a visitor looks for in the footer: the site's sections and catalog columns, the public
 * services and tools of the platform, and the sites of the organisations below.
 */
@Controller
class SiteMapPages {

    private final Sites sites;
    private final SiteFrame frame;
    private final CatalogTree catalog;
    private final PublishedDocuments published;
    private final OrganisationDirectory organisations;

    SiteMapPages(Sites sites, SiteFrame frame, CatalogTree catalog, PublishedDocuments published,
                 OrganisationDirectory organisations) {
        this.sites = sites;
        this.frame = frame;
        this.catalog = catalog;
        this.published = published;
        this.organisations = organisations;
    }

    @GetMapping("/site-map")
    String ofHost(HttpServletRequest request, Model model) {
        Organisation org = sites.forHost(request).orElseThrow(() -> new NotFoundException("site", "/"));
        return render(org, request, model);
    }

    @GetMapping("/o/{slug}/site-map")
    String of(@PathVariable String slug, @RequestParam(required = false) String feed, HttpServletRequest request,
              Model model) {
        Organisation org = sites.bySlug(slug);
        if (feed != null && FEED.matcher(feed).matches() && feed.startsWith("/o/" + org.slug() + "/")) {
            model.addAttribute("feedUrl", Feeds.base(request) + feed);
        }
        return render(org, request, model);
    }

    /** The addresses of this site's feeds, the only ones the notice ever shows. */
    private static final java.util.regex.Pattern FEED =
            java.util.regex.Pattern.compile("/o/[a-z0-9-]{1,60}/(catalog/\\d{1,18}/)?feed\\.(atom|rss)");

    private String render(Organisation org, HttpServletRequest request, Model model) {
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        model.addAttribute("tree", CatalogItem.tree(catalog.nodesOf(org.id()), published.countsByColumn(org.id())));
        model.addAttribute("below", organisations.children(org.id()));
        return "portal/site-map";
    }
}
