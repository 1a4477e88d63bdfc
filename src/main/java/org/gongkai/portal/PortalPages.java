package org.gongkai.portal;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.platform.web.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The public site: the top organisation at /, every organisation at /o/{slug}, documents at /documents/{id}. */
@Controller
class PortalPages {

    static final int PAGE_SIZE = 20;

    private final OrganisationDirectory organisations;
    private final PublishedDocuments published;

    PortalPages(OrganisationDirectory organisations, PublishedDocuments published) {
        this.organisations = organisations;
        this.published = published;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) Integer page, Model model) {
        Organisation root = organisations.root().orElse(null);
        if (root == null) {
            return "portal/empty";
        }
        return site(root, page, model);
    }

    @GetMapping("/o/{slug}")
    String organisation(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        return site(organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug)), page, model);
    }

    private String site(Organisation org, Integer page, Model model) {
        Page<PublishedDocument> latest = published.latest(List.of(org.id()), Page.clamp(page), PAGE_SIZE);
        model.addAttribute("org", org);
        model.addAttribute("ancestry", organisations.ancestry(org.id()));
        model.addAttribute("children", organisations.children(org.id()));
        model.addAttribute("latest", latest);
        return "portal/site";
    }

    @GetMapping("/documents/{id}")
    String document(@PathVariable long id, Model model, HttpServletResponse response) {
        PublishedDocument doc = published.find(id).orElse(null);
        if (doc == null) {
            if (published.wasRemoved(id)) {
                response.setStatus(HttpStatus.GONE.value());
                return "portal/gone";
            }
            throw new NotFoundException("document", id);
        }
        Organisation org = organisations.get(doc.organisationId());
        model.addAttribute("doc", doc);
        model.addAttribute("org", org);
        model.addAttribute("ancestry", organisations.ancestry(org.id()));
        model.addAttribute("replacement", doc.replacedByDocumentId() == null ? null
                : published.find(doc.replacedByDocumentId()).orElse(null));
        return "portal/document";
    }
}
