package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Atom and RSS feeds of the newest published documents, per organisation and per catalog node. */
@Controller
class Feeds {

    static final int SIZE = 20;
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Sites sites;
    private final CatalogTree catalog;
    private final PublishedDocuments published;

    Feeds(Sites sites, CatalogTree catalog, PublishedDocuments published) {
        this.sites = sites;
        this.catalog = catalog;
        this.published = published;
    }

    @GetMapping("/o/{slug}/feed.atom")
    ResponseEntity<String> organisationAtom(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        return organisation(slug, request, locale, true);
    }

    @GetMapping("/o/{slug}/feed.rss")
    ResponseEntity<String> organisationRss(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        return organisation(slug, request, locale, false);
    }

    @GetMapping("/o/{slug}/catalog/{nodeId}/feed.atom")
    ResponseEntity<String> columnAtom(@PathVariable String slug, @PathVariable long nodeId, HttpServletRequest request,
                                      Locale locale) {
        return column(slug, nodeId, request, locale, true);
    }

    @GetMapping("/o/{slug}/catalog/{nodeId}/feed.rss")
    ResponseEntity<String> columnRss(@PathVariable String slug, @PathVariable long nodeId, HttpServletRequest request,
                                     Locale locale) {
        return column(slug, nodeId, request, locale, false);
    }

    /**
     * A person who opens a feed in a browser (which asks for HTML first) is sent to the site map, which says what a
     * feed is and shows its address to copy; feed readers ask for XML or anything and get the feed. Browsers have
     * dropped XSLT, so the stylesheet alone no longer shows them a page.
     */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("text/html");
    }

    private static ResponseEntity<String> toSiteMap(Organisation org, HttpServletRequest request) {
        String feed = request.getRequestURI().substring(request.getContextPath().length());
        return ResponseEntity.status(303).header("Vary", "Accept")
                .location(ServletUriComponentsBuilder.fromContextPath(request).path("/o/{slug}/site-map")
                        .queryParam("feed", feed).fragment("feeds").buildAndExpand(org.slug()).toUri())
                .build();
    }

    private ResponseEntity<String> organisation(String slug, HttpServletRequest request, Locale locale, boolean atom) {
        Organisation org = sites.bySlug(slug);
        if (wantsPage(request)) {
            return toSiteMap(org, request);
        }
        CacheTags.add(request, CacheTags.organisation(org.id()));
        List<PublishedDocument> docs = published.latest(List.of(org.id()), 1, SIZE).items();
        String base = base(request);
        return feed(new FeedXml.Channel(org.name(), base + "/o/" + org.slug() + (atom ? "/feed.atom" : "/feed.rss"),
                base + "/o/" + org.slug(), language(locale), updated(docs)), docs, base, atom);
    }

    private ResponseEntity<String> column(String slug, long nodeId, HttpServletRequest request, Locale locale,
                                          boolean atom) {
        Organisation org = sites.bySlug(slug);
        CatalogNode node = catalog.get(org.id(), nodeId);
        if (wantsPage(request)) {
            return toSiteMap(org, request);
        }
        CacheTags.add(request, CacheTags.organisation(org.id()));
        List<PublishedDocument> docs = published.inColumns(catalog.subtreeIds(node.id()), 1, SIZE,
                PublishedDocuments.ListOrder.NEWEST).items();
        String base = base(request);
        String page = base + "/o/" + org.slug() + "/catalog/" + node.id();
        return feed(new FeedXml.Channel(org.name() + " · " + node.name(), page + (atom ? "/feed.atom" : "/feed.rss"),
                page, language(locale), updated(docs)), docs, base, atom);
    }

    private static ResponseEntity<String> feed(FeedXml.Channel channel, List<PublishedDocument> docs, String base,
                                               boolean atom) {
        List<FeedItem> items = docs.stream().map(d -> new FeedItem(base + "/documents/" + d.documentId(), d.title(),
                base + "/documents/" + d.documentId(), d.publishedAt(), summary(d), d.issuer())).toList();
        return ResponseEntity.ok().contentType(atom ? ATOM : RSS).header("Vary", "Accept")
                .body(atom ? FeedXml.atom(channel, items) : FeedXml.rss(channel, items));
    }

    private static String summary(PublishedDocument d) {
        if (d.summary() != null && !d.summary().isBlank()) {
            return d.summary();
        }
        String text = d.bodyText() == null ? "" : d.bodyText().strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static Instant updated(List<PublishedDocument> docs) {
        return docs.stream().map(PublishedDocument::publishedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private static String language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
    }

    static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }
}
