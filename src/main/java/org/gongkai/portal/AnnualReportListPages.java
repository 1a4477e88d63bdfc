package org.gongkai.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.report.PublishedReport;
import org.gongkai.report.PublishedReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site's 信息公开年报 section: every published annual report of the organisation by year, and for a higher level
 * the reports of the organisations below it, each under its year.
 */
@Controller
class AnnualReportListPages {

    private final Sites sites;
    private final SiteFrame frame;
    private final OrganisationDirectory organisations;
    private final PublishedReports reports;

    AnnualReportListPages(Sites sites, SiteFrame frame, OrganisationDirectory organisations, PublishedReports reports) {
        this.sites = sites;
        this.frame = frame;
        this.organisations = organisations;
        this.reports = reports;
    }

    /** One year's reports: the organisation's own first, then those below it in tree order. */
    record Year(int year, PublishedReport own, List<PublishedReport> below) {
    }

    @GetMapping("/o/{slug}/reports")
    String list(@PathVariable String slug, HttpServletRequest request, Model model) {
        Organisation org = sites.bySlug(slug);
        frame.fill(model, org, request);
        List<Organisation> subtree = organisations.subtree(org.id());
        // a report published below changes this page too
        subtree.forEach(o -> CacheTags.add(request, CacheTags.organisation(o.id())));
        Map<Long, String> names = new LinkedHashMap<>();
        subtree.forEach(o -> names.put(o.id(), o.name()));
        model.addAttribute("years", byYear(org, reports.of(List.copyOf(names.keySet())), names));
        model.addAttribute("names", names);
        return "portal/reports";
    }

    private static List<Year> byYear(Organisation org, List<PublishedReport> found, Map<Long, String> names) {
        Map<Integer, Year> years = new LinkedHashMap<>();
        List<Long> order = List.copyOf(names.keySet());
        for (PublishedReport r : found) {
            Year y = years.computeIfAbsent(r.year(), k -> new Year(k, null, new ArrayList<>()));
            if (r.organisationId() == org.id()) {
                years.put(r.year(), new Year(r.year(), r, y.below()));
            } else {
                y.below().add(r);
            }
        }
        years.values().forEach(y -> y.below().sort(Comparator.comparingInt(r -> order.indexOf(r.organisationId()))));
        return List.copyOf(years.values());
    }
}
