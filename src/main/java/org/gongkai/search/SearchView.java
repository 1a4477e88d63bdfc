package org.gongkai.search;

import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Everything the search page ({@code search/search}) shows for a form: the results, the facets with their labels,
 * a "did you mean" when nothing was found but another way of writing the text finds something. Used by the top
 * site's {@code /search} and by each organisation's site search (which adds its own header and footer).
 */
@Component
public class SearchView {

    private final SearchIndex index;
    private final OrganisationDirectory organisations;
    private final CatalogTree catalog;

    SearchView(SearchIndex index, OrganisationDirectory organisations, CatalogTree catalog) {
        this.index = index;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    /** Answers the form into the model; a bad query sets status 400 and a message, never an error page. */
    public void fill(SearchForm form, Model model, HttpServletResponse response) {
        SearchQuery query = form.toQuery();
        List<Organisation> all = organisations.all();
        model.addAttribute("form", form);
        model.addAttribute("query", query);
        model.addAttribute("organisations", all);
        model.addAttribute("orgNames", all.stream().collect(Collectors.toMap(Organisation::id, Organisation::name)));
        model.addAttribute("opennessClasses", LuceneSearchIndex.OPENNESS);
        model.addAttribute("validities", List.of("VALID", "EXPIRED", "REPEALED", "REVISED"));
        model.addAttribute("kinds", List.of("NORMATIVE", "RULE", "OTHER"));
        int thisYear = LocalDate.now(Zones.CHINA).getYear();
        model.addAttribute("years", IntStream.rangeClosed(0, thisYear - 2000).map(i -> thisYear - i).boxed().toList());
        boolean asked = !query.text().isEmpty() || query.filtered();
        model.addAttribute("asked", asked);
        if (!asked) {
            return;
        }
        try {
            SearchResults results = index.search(query);
            model.addAttribute("results", results);
            model.addAttribute("facetLabels", labels(results));
            if (results.total() == 0 && !query.text().isEmpty()) {
                suggestion(query).ifPresent(s -> model.addAttribute("suggestion", s));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("error", e.fieldErrors().values().iterator().next());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Another way of writing the text, and how many it finds. */
    public record Suggestion(String text, long total) {
    }

    private java.util.Optional<Suggestion> suggestion(SearchQuery query) {
        for (String variant : QueryVariants.of(query.text())) {
            try {
                long total = index.search(query.withText(variant)).total();
                if (total > 0) {
                    return java.util.Optional.of(new Suggestion(variant, total));
                }
            } catch (InvalidInputException e) {
                // a variant that is not a valid query is no suggestion
            }
        }
        return java.util.Optional.empty();
    }

    /** Display names of the organisation and column facet values (others are message keys or the value). */
    private Map<String, String> labels(SearchResults results) {
        Map<String, String> labels = new HashMap<>();
        for (SearchResults.FacetCount c : results.facet(Fields.ORG)) {
            organisations.find(Long.parseLong(c.value())).ifPresent(o -> labels.put("org:" + c.value(), o.name()));
        }
        for (SearchResults.FacetCount c : results.facet(Fields.COLUMN)) {
            catalog.find(Long.parseLong(c.value())).map(CatalogNode::name)
                    .ifPresent(n -> labels.put("column:" + c.value(), n));
        }
        return labels;
    }
}
