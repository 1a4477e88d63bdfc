package org.gongkai.enrollment;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/**
 * The public enrollment information of a county (招生入学信息): the latest published year, or a chosen one, with its
 * policy, schedule, schools and places beside each school's district, and the migrant children's rules. Read only
 * through {@link PublishedEnrollment}; a county with nothing published answers 404.
 */
@Controller
class EnrollmentPages {

    private final PublishedEnrollment published;
    private final PublishedZoning zoning;
    private final OrganisationDirectory organisations;

    EnrollmentPages(PublishedEnrollment published, PublishedZoning zoning, OrganisationDirectory organisations) {
        this.published = published;
        this.zoning = zoning;
        this.organisations = organisations;
    }

    @GetMapping("/o/{slug}/enrollment")
    String latest(@PathVariable String slug, Model model) {
        Organisation org = site(slug);
        List<EnrollmentYear> years = published.years(org.id());
        if (years.isEmpty()) {
            throw new NotFoundException("enrollment", slug);
        }
        return page(model, org, years, years.get(0).year());
    }

    @GetMapping("/o/{slug}/enrollment/{year:\\d{4}}")
    String year(@PathVariable String slug, @PathVariable int year, Model model) {
        Organisation org = site(slug);
        return page(model, org, published.years(org.id()), year);
    }

    private String page(Model model, Organisation org, List<EnrollmentYear> years, int year) {
        PublishedEnrollment.YearPage page = published.year(org.id(), year)
                .orElseThrow(() -> new NotFoundException("enrollment year", year));
        model.addAttribute("org", org);
        model.addAttribute("years", years);
        model.addAttribute("view", page);
        model.addAttribute("lookUpPath", zoning.anyOf(org.id()) ? PublishedZoning.lookUpPath(org.slug()) : null);
        return "enrollment/info-public";
    }

    private Organisation site(String slug) {
        return organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
    }
}
