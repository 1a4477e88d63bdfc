package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.application.ApplicationTerms;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Optional;

/**
 * The fixed sections: 信息公开指南 (the disclosure office's data and the organisation's own text) and 信息公开制度
 * (its text and the documents of its 信息公开制度 column; absent — 404 — when it has neither).
 */
@Controller
class SectionPages {

    private final Sites sites;
    private final SiteFrame frame;
    private final SectionTexts texts;
    private final CatalogTree catalog;
    private final PublishedDocuments published;

    SectionPages(Sites sites, SiteFrame frame, SectionTexts texts, CatalogTree catalog, PublishedDocuments published) {
        this.sites = sites;
        this.frame = frame;
        this.texts = texts;
        this.catalog = catalog;
        this.published = published;
    }

    @GetMapping("/o/{slug}/guide")
    String guide(@PathVariable String slug, HttpServletRequest request, Model model) {
        Organisation org = sites.bySlug(slug);
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        model.addAttribute("text", texts.find(org.id(), SectionTexts.Section.GUIDE).orElse(null));
        model.addAttribute("terms", ApplicationTerms.current());
        return "portal/guide";
    }

    @GetMapping("/o/{slug}/rules")
    String rules(@PathVariable String slug, HttpServletRequest request, Model model) {
        Organisation org = sites.bySlug(slug);
        Optional<SectionTexts.SectionText> text = texts.find(org.id(), SectionTexts.Section.RULES);
        Optional<CatalogNode> node = frame.rulesNode(org);
        if (text.isEmpty() && node.isEmpty()) {
            throw new NotFoundException("section", "rules");
        }
        CacheTags.add(request, CacheTags.organisation(org.id()));
        frame.fill(model, org, request);
        model.addAttribute("text", text.orElse(null));
        model.addAttribute("node", node.orElse(null));
        model.addAttribute("docs", node.map(n -> published.inColumns(catalog.subtreeIds(n.id()), 1, 50,
                PublishedDocuments.ListOrder.NEWEST).items()).orElse(List.of()));
        return "portal/rules";
    }
}
