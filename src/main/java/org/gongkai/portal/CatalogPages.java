package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 主动公开目录: the catalog tree with item counts, and a column's documents with pagination and sorting. */
@Controller
class CatalogPages {

    static final int PAGE_SIZE = 20;

    private final Sites sites;
    private final SiteFrame frame;
    private final CatalogTree catalog;
    private final PublishedDocuments published;

    CatalogPages(Sites sites, SiteFrame frame, CatalogTree catalog, PublishedDocuments published) {
        this.sites = sites;
        this.frame = frame;
        this.catalog = catalog;
        this.published = published;
    }

    @GetMapping("/o/{slug}/catalog")
    String tree(@PathVariable String slug, HttpServletRequest request, Model model) {
        Organisation org = sites.bySlug(slug);
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        model.addAttribute("tree", CatalogItem.tree(catalog.nodesOf(org.id()), published.countsByColumn(org.id())));
        return "portal/catalog";
    }

    @GetMapping("/o/{slug}/catalog/{nodeId}")
    String column(@PathVariable String slug, @PathVariable long nodeId, @RequestParam(required = false) Integer page,
                  @RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
        Organisation org = sites.bySlug(slug);
        CatalogNode node = catalog.get(org.id(), nodeId);
        ColumnSort order = ColumnSort.of(sort);
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        Page<PublishedDocument> docs = published.inColumns(catalog.subtreeIds(node.id()), Page.clamp(page), PAGE_SIZE,
                order.order());
        model.addAttribute("node", node);
        model.addAttribute("path", catalog.path(node.id()));
        model.addAttribute("children", catalog.children(org.id(), node.id()));
        model.addAttribute("docs", docs);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", ColumnSort.values());
        return "portal/column";
    }
}
