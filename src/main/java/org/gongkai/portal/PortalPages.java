package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.catalog.ColumnKind;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The home page of each organisation's site: the top organisation (or the one whose host name the request came
 * to) at {@code /}, every organisation at {@code /o/{slug}}.
 */
@Controller
class PortalPages {

    static final int LATEST = 10;
    static final int PER_COLUMN = 6;

    private final Sites sites;
    private final SiteFrame frame;
    private final OrganisationDirectory organisations;
    private final PublishedDocuments published;
    private final CatalogTree catalog;

    PortalPages(Sites sites, SiteFrame frame, OrganisationDirectory organisations, PublishedDocuments published,
                CatalogTree catalog) {
        this.sites = sites;
        this.frame = frame;
        this.organisations = organisations;
        this.published = published;
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        Organisation org = sites.forHost(request).orElse(null);
        if (org == null) {
            return "portal/empty";
        }
        return site(org, request, model);
    }

    @GetMapping("/o/{slug}")
    String organisation(@PathVariable String slug, HttpServletRequest request, Model model) {
        return site(sites.bySlug(slug), request, model);
    }

    private String site(Organisation org, HttpServletRequest request, Model model) {
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        model.addAttribute("children", organisations.children(org.id()));
        model.addAttribute("latest", published.latest(List.of(org.id()), 1, LATEST).items());
        model.addAttribute("columns", columns(org));
        return "portal/site";
    }

    /** Notices, policies, interpretations and news: the newest items of the catalog columns of each kind. */
    private List<HomeColumn> columns(Organisation org) {
        List<CatalogNode> nodes = catalog.nodesOf(org.id()).stream().map(CatalogTree.Entry::node).toList();
        Predicate<CatalogNode> interpretation = n -> n.name().contains("解读");
        List<HomeColumn> columns = new ArrayList<>();
        add(columns, org, "notices", "portal.home.notices", nodes, n -> n.columnKind() == ColumnKind.NOTICE);
        add(columns, org, "policies", "portal.home.policies", nodes,
                n -> n.columnKind() == ColumnKind.POLICY && !interpretation.test(n));
        add(columns, org, "interpretations", "portal.home.interpretations", nodes, interpretation);
        add(columns, org, "news", "portal.home.news", nodes, n -> n.columnKind() == ColumnKind.NEWS);
        return columns;
    }

    private void add(List<HomeColumn> columns, Organisation org, String id, String labelKey, List<CatalogNode> nodes,
                     Predicate<CatalogNode> which) {
        List<CatalogNode> chosen = nodes.stream().filter(which).toList();
        if (chosen.isEmpty()) {
            return;
        }
        List<PublishedDocument> items = published.inColumns(chosen.stream().map(CatalogNode::id).toList(), 1,
                PER_COLUMN, PublishedDocuments.ListOrder.NEWEST).items();
        if (items.isEmpty()) {
            return;
        }
        String more = commonColumn(chosen).map(n -> "/o/" + org.slug() + "/catalog/" + n.id())
                .orElse("/o/" + org.slug() + "/catalog");
        columns.add(new HomeColumn(id, labelKey, items, more));
    }

    /**
     * The column a block's "更多" opens: the one column the block reads, or the nearest column holding all of them
     * (a column's page lists its sub-columns' documents too); the catalog only when they share none.
     */
    private Optional<CatalogNode> commonColumn(List<CatalogNode> chosen) {
        List<CatalogNode> common = catalog.path(chosen.get(0).id());
        for (CatalogNode n : chosen.subList(1, chosen.size())) {
            List<CatalogNode> path = catalog.path(n.id());
            int same = 0;
            while (same < common.size() && same < path.size() && common.get(same).id() == path.get(same).id()) {
                same++;
            }
            common = common.subList(0, same);
        }
        return common.isEmpty() ? Optional.empty() : Optional.of(common.get(common.size() - 1));
    }
}
