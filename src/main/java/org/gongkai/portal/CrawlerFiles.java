package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * sitemap.xml (every site's pages and every published document; the sitemap protocol's limit of 50,000 addresses
 * is kept by listing the newest documents first) and robots.txt.
 */
@Controller
class CrawlerFiles {

    static final int MAX_URLS = 50_000;

    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;
    private final SiteFrame frame;
    private final PublishedDocuments published;
    private final List<SiteContribution> contributions;

    CrawlerFiles(OrganisationDirectory organisations, CatalogTree catalog, SiteFrame frame,
                     PublishedDocuments published, List<SiteContribution> contributions) {
        this.contributions = contributions;
        this.organisations = organisations;
        this.catalog = catalog;
        this.frame = frame;
        this.published = published;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletRequest request) {
        CacheTags.add(request, CacheTags.ALL);
        String body = """
                User-agent: *
                Allow: /
                Allow: /api/v1/public/
                Disallow: /admin
                Disallow: /account
                Disallow: /api/
                Disallow: /login

                Sitemap: %s/sitemap.xml
                """.formatted(Feeds.base(request));
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        CacheTags.add(request, CacheTags.ALL);
        String base = Feeds.base(request);
        List<String[]> urls = new ArrayList<>();
        urls.add(new String[]{base + "/", null});
        java.util.Set<String> sectionsSeen = new java.util.HashSet<>();
        for (Organisation org : organisations.all()) {
            String site = "/o/" + org.slug();
            urls.add(new String[]{base + site, null});
            for (SectionLink s : frame.sections(org)) {
                if (sectionsSeen.add(s.href())) { // some sections (the status lookup) are shared by every site
                    urls.add(new String[]{base + s.href(), null});
                }
            }
            catalog.nodesOf(org.id()).forEach(e -> urls.add(new String[]{base + site + "/catalog/" + e.node().id(), null}));
        }
        for (SiteContribution c : contributions) {
            for (SiteContribution.Url u : c.sitemap(Math.max(0, MAX_URLS - urls.size()))) {
                if (sectionsSeen.add(u.path())) { // a module's section link may also be one of its addresses
                    urls.add(new String[]{base + u.path(), u.lastModified() == null ? null : u.lastModified().toString()});
                }
            }
        }
        published.allListed(Math.max(0, MAX_URLS - urls.size())).forEach(d -> urls.add(new String[]{
                base + "/documents/" + d.documentId(), d.publishedAt().toString()}));
        String xml = FeedXml.write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (String[] u : urls) {
                url(w, u[0], u[1]);
            }
            w.writeEndElement();
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/xml;charset=UTF-8")).body(xml);
    }

    private static void url(XMLStreamWriter w, String loc, String lastmod) throws XMLStreamException {
        w.writeStartElement("url");
        FeedXml.text(w, "loc", loc);
        if (lastmod != null) {
            FeedXml.text(w, "lastmod", lastmod);
        }
        w.writeEndElement();
    }
}
