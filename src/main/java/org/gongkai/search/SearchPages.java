package org.gongkai.search;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Map;

/**
 * The top site's search page: every organisation. One box, filters as a GET form, facets as links, highlighted
 * results, pagination. Works without JS. Each organisation's site has its own search page (portal).
 */
@Controller
class SearchPages {

    private final SearchView view;
    private final OrganisationDirectory organisations;

    SearchPages(SearchView view, OrganisationDirectory organisations) {
        this.view = view;
        this.organisations = organisations;
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        view.fill(SearchForm.of(params, null, "/search"), model, response);
        model.addAttribute("org", organisations.root().orElse(null));
        return "search/search";
    }
}
