package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.search.SearchForm;
import org.gongkai.search.SearchView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * An organisation's own search page: its header, footer and navigation around the search, which looks in that
 * organisation by default (its organisations below, or everything, as choices). Never cached: results follow
 * every publication.
 */
@Controller
class SiteSearchPages {

    private final Sites sites;
    private final SiteFrame frame;
    private final SearchView view;

    SiteSearchPages(Sites sites, SiteFrame frame, SearchView view) {
        this.sites = sites;
        this.frame = frame;
        this.view = view;
    }

    @GetMapping("/o/{slug}/search")
    String search(@PathVariable String slug, @RequestParam Map<String, String> params, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Organisation org = sites.bySlug(slug);
        frame.fill(model, org, request);
        CacheTags.never(request);
        view.fill(SearchForm.of(params, org.id(), "/o/" + org.slug() + "/search"), model, response);
        model.addAttribute("site", org);
        return "search/search";
    }
}
