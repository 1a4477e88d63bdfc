package org.gongkai.search;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The public search page: one box, filters as a GET form, highlighted results, pagination. Works without JS. */
@Controller
class SearchPage {

    private final SearchIndex index;
    private final OrganisationDirectory organisations;

    SearchPage(SearchIndex index, OrganisationDirectory organisations) {
        this.index = index;
        this.organisations = organisations;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
                  @RequestParam(required = false) String sub, @RequestParam(required = false) String openness,
                  @RequestParam(required = false) String theme, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
                  @RequestParam(required = false) String page, Model model, HttpServletResponse response) {
        SearchForm form = new SearchForm(q, org, sub, openness, theme, year, validity, sort, page);
        SearchQuery query = form.toQuery();
        List<Organisation> all = organisations.all();
        model.addAttribute("form", form);
        model.addAttribute("query", query);
        model.addAttribute("organisations", all);
        model.addAttribute("orgNames", all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("opennessClasses", LuceneSearchIndex.OPENNESS);
        model.addAttribute("validities", List.of("VALID", "EXPIRED", "REPEALED", "REVISED"));
        int thisYear = LocalDate.now(Zones.CHINA).getYear();
        model.addAttribute("years", IntStream.rangeClosed(0, thisYear - 2000).map(i -> thisYear - i).boxed().toList());
        Map<Long, Organisation> byId = all.stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        Organisation site = query.organisationId() != null ? byId.get(query.organisationId()) : null;
        model.addAttribute("org", site != null ? site : organisations.root().orElse(null));
        boolean asked = !query.text().isEmpty() || query.organisationId() != null || query.opennessClass() != null
                || query.theme() != null || query.year() != null || query.validity() != null;
        model.addAttribute("asked", asked);
        if (asked) {
            try {
                model.addAttribute("results", index.search(query));
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.fieldErrors().values().iterator().next());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return "search/search";
    }
}
