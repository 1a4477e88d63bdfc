package org.gongkai.budget;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public side of budgets and final accounts: a site's list of published years, and a year's page with the
 * budget beside the final accounts (tables, SVG charts whose text alternative is the table next to them, the
 * explanation and the review statement, downloads). Read only through {@link PublishedBudgets}.
 */
@Controller
class BudgetPages {

    private final PublishedBudgets published;
    private final OrganisationDirectory organisations;
    private final BudgetGlossary glossary;

    BudgetPages(PublishedBudgets published, OrganisationDirectory organisations, BudgetGlossary glossary) {
        this.published = published;
        this.organisations = organisations;
        this.glossary = glossary;
    }

    @GetMapping("/o/{slug}/budgets")
    String years(@PathVariable String slug, Model model) {
        Organisation org = site(slug);
        Map<Integer, List<Publication>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Publication p : published.of(org.id())) {
            byYear.computeIfAbsent(p.year(), y -> new java.util.ArrayList<>()).add(p);
        }
        List<Trend> trend = byYear.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Trend(e.getKey(), total(e.getValue(), BudgetKind.BUDGET), total(e.getValue(), BudgetKind.FINAL)))
                .toList();
        model.addAttribute("org", org);
        model.addAttribute("years", byYear);
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", BarChart.of(trend.stream()
                .map(t -> new BarChart.Input(String.valueOf(t.year()), t.budget(), t.finalAccounts())).toList(), true));
        return "budget/years";
    }

    @GetMapping("/o/{slug}/budgets/{year:\\d{4}}")
    String year(@PathVariable String slug, @PathVariable int year, Model model) {
        Organisation org = site(slug);
        YearView view = published.year(org.id(), year).orElseThrow(() -> new NotFoundException("budget year", year));
        model.addAttribute("org", org);
        model.addAttribute("view", view);
        model.addAttribute("history", published.superseded(org.id(), year));
        model.addAttribute("glossary", glossary.applicable(org.id()));
        model.addAttribute("codes", Classification.status());
        return "budget/year";
    }

    /** The glossary that goes with the organisation's publications (its own terms and those kept above it). */
    @GetMapping("/o/{slug}/budgets/glossary")
    String glossary(@PathVariable String slug, Model model) {
        Organisation org = site(slug);
        model.addAttribute("org", org);
        model.addAttribute("glossary", glossary.applicable(org.id()));
        return "budget/glossary";
    }

    /** A year's income-and-expenditure total of each kind (null when that kind is not published). */
    record Trend(int year, java.math.BigDecimal budget, java.math.BigDecimal finalAccounts) {
    }

    private static java.math.BigDecimal total(List<Publication> list, BudgetKind kind) {
        return list.stream().filter(p -> p.kind() == kind).findFirst().map(Publication::incomeTotal).orElse(null);
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }
}
