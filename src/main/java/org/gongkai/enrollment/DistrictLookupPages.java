package org.gongkai.enrollment;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The public school-district look-up of a county and the changes between its years. Only published zonings exist
 * here: a county without one answers 404. The pages are a GET form and its answer, so they work without JavaScript;
 * they are outside {@code /o/} and so never kept by the portal's page cache.
 */
@Controller
class DistrictLookupPages {

    static final int ADDRESS_MAX = AddressNormaliser.MAX_LENGTH;

    private final DistrictLookup lookup;
    private final OrganisationDirectory organisations;

    DistrictLookupPages(DistrictLookup lookup, OrganisationDirectory organisations) {
        this.lookup = lookup;
        this.organisations = organisations;
    }

    @GetMapping("/school-districts/{slug}")
    String lookUp(@PathVariable String slug, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String address, Model model) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Zoning> years = lookup.publishedYears(org.id());
        if (years.isEmpty()) {
            throw new NotFoundException("zoning", slug);
        }
        Zoning zoning = lookup.published(org.id(), year).orElseThrow(() -> new NotFoundException("zoning", year));
        model.addAttribute("org", org);
        model.addAttribute("years", years);
        model.addAttribute("zoning", zoning);
        model.addAttribute("address", address == null ? "" : address);
        model.addAttribute("addressMax", ADDRESS_MAX);
        model.addAttribute("previous", years.stream().filter(z -> z.year() < zoning.year()).findFirst().orElse(null));
        if (address != null) {
            model.addAttribute("answer", lookup.answer(zoning, address));
        }
        return "enrollment/lookup";
    }

    @GetMapping("/school-districts/{slug}/{year}/changes")
    String changes(@PathVariable String slug, @PathVariable int year, Model model) {
        Organisation org = organisations.findBySlug(slug).orElseThrow(() -> new NotFoundException("site", slug));
        List<Zoning> years = lookup.publishedYears(org.id());
        Zoning zoning = years.stream().filter(z -> z.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("zoning", year));
        Zoning previous = years.stream().filter(z -> z.year() < year).findFirst().orElse(null);
        model.addAttribute("org", org);
        model.addAttribute("zoning", zoning);
        model.addAttribute("previous", previous);
        model.addAttribute("changes", previous == null ? List.of() : lookup.changes(zoning, previous));
        return "enrollment/changes";
    }
}
