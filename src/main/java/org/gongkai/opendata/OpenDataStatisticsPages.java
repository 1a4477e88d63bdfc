package org.gongkai.opendata;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/** The public statistics of a site's open data: per organisation, with the quality criteria spelled out. */
@Controller
class OpenDataStatisticsPages {

    private final OpenDataStatistics statistics;
    private final OrganisationDirectory organisations;
    private final Clock clock;

    OpenDataStatisticsPages(OpenDataStatistics statistics, OrganisationDirectory organisations, Clock clock) {
        this.statistics = statistics;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/o/{slug}/data/statistics")
    String statistics(@PathVariable String slug, @RequestParam(required = false) Integer year, Model model) {
        Organisation site = organisations.findBySlug(slug.strip())
                .orElseThrow(() -> new NotFoundException("organisation", slug));
        int thisYear = LocalDate.ofInstant(clock.instant(), Zones.CHINA).getYear();
        int y = year == null ? thisYear : year;
        if (y < 2008 || y > thisYear) {
            throw InvalidInputException.of("year", "odq.error.year");
        }
        model.addAttribute("org", site);
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(Math.max(2008, thisYear - 5), thisYear)
                .boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("rows", statistics.site(site.id(), y));
        model.addAttribute("criteria", Arrays.asList(QualityScore.Name.values()));
        return "opendata/statistics";
    }
}
