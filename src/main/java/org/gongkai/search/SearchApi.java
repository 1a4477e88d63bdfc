package org.gongkai.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** GET /api/v1/public/search: the search page's parameters, answered as JSON. Anyone may call it. */
@RestController
@Tag(name = "Search")
class SearchApi {

    record HitJson(long id, String url, String title, String titleHtml, String documentNumber, long organisationId,
                   String organisationName, LocalDate publishDate, String snippetHtml, float score) {
    }

    record ResultsJson(long total, int page, int size, int totalPages, List<HitJson> hits,
                       Map<String, Long> opennessCounts, Map<String, List<SearchResults.FacetCount>> facets) {
    }

    private final SearchIndex index;
    private final OrganisationDirectory organisations;

    SearchApi(SearchIndex index, OrganisationDirectory organisations) {
        this.index = index;
        this.organisations = organisations;
    }

    @Operation(summary = "Full-text search over published documents",
            description = "q: words, \"quoted phrases\" or a 文号 in any bracket style; org (+ sub=1 for its "
                    + "subordinates), openness (DECISION…RESULT), theme, year, validity (VALID, EXPIRED, REPEALED, "
                    + "REVISED), column (catalog node id), kind (NORMATIVE, RULE, OTHER), number (文号, exact in any "
                    + "bracket style), index (索引号, exact), sort (relevance | date), page. facets: org, column, openness, "
                    + "year and kind values with counts. titleHtml and snippetHtml are escaped HTML with <mark>.")
    @GetMapping("/api/v1/public/search")
    ResultsJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String org,
                       @RequestParam(required = false) String sub, @RequestParam(required = false) String openness,
                       @RequestParam(required = false) String theme, @RequestParam(required = false) String year,
                       @RequestParam(required = false) String validity, @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String column,
                       @RequestParam(required = false) String kind, @RequestParam(required = false) String number,
                       @RequestParam(required = false) String index) {
        SearchResults r = this.index.search(new SearchForm(q, org, sub, openness, theme, year, validity, sort, page,
                column, kind, number, index, null, null, null).toQuery());
        List<HitJson> hits = r.hits().stream().map(h -> new HitJson(h.documentId(), "/documents/" + h.documentId(),
                h.title(), h.titleHtml(), h.documentNumber(), h.organisationId(),
                organisations.find(h.organisationId()).map(Organisation::name).orElse(null), h.publishDate(),
                h.snippetHtml(), h.score())).toList();
        return new ResultsJson(r.total(), r.page(), r.size(), r.totalPages(), hits, r.opennessCounts(),
                r.facets());
    }
}
