package org.gongkai.services;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The public results of normative-document clean-ups: a site's published clean-ups and each one's documents with
 * the decision and the 有效性 their own pages now show (read through {@code PublishedDocuments}; a document
 * withdrawn since drops out).
 */
@Controller
class CleanUpPages {

    static final int PAGE_SIZE = 30;

    private final CleanUpStore store;
    private final PublishedDocuments documents;
    private final OrganisationDirectory organisations;
    private final PublicHistories histories;

    CleanUpPages(CleanUpStore store, PublishedDocuments documents, OrganisationDirectory organisations,
                 PublicHistories histories) {
        this.histories = histories;
        this.store = store;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/cleanups")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        Organisation site = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        Page<CleanUp> rows = store.list(organisations.subtreeIds(site.id()), Page.clamp(page), PAGE_SIZE, true);
        model.addAttribute("org", site);
        model.addAttribute("rows", rows);
        model.addAttribute("names", rows.items().stream().map(c -> organisations.get(c.organisationId()).name()).toList());
        return "services/cleanups";
    }

    @GetMapping("/cleanups/{id}")
    String cleanUp(@PathVariable long id, Model model) {
        CleanUp c = store.findPublic(id).orElseThrow(() -> new NotFoundException("clean-up", id));
        List<CleanUp.Item> items = store.items(id, true);
        model.addAttribute("org", organisations.get(c.organisationId()));
        model.addAttribute("cleanUp", c);
        model.addAttribute("items", items);
        model.addAttribute("documents", CleanUpAdminPages.titles(documents, items));
        model.addAttribute("history", histories.cleanUp(c));
        return "services/cleanup";
    }
}
