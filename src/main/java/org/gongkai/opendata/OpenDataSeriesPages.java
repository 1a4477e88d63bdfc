package org.gongkai.opendata;

import jakarta.servlet.http.HttpServletRequest;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The public page of a dataset series: its published members, the latest period first, and its DCAT-AP JSON-LD. */
@Controller
class OpenDataSeriesPages {

    private final PublicSeries series;
    private final PublicDatasets published;
    private final OrganisationDirectory organisations;
    private final LinkStore links;

    OpenDataSeriesPages(PublicSeries series, PublicDatasets published, OrganisationDirectory organisations,
                        LinkStore links) {
        this.links = links;
        this.series = series;
        this.published = published;
        this.organisations = organisations;
    }

    @GetMapping("/data/series/{id}")
    String series(@PathVariable long id, HttpServletRequest request, Model model) {
        Series s = series.find(id).orElseThrow(() -> new NotFoundException("series", id));
        Organisation org = organisations.get(s.organisationId());
        List<Dataset> members = series.members(id);
        Map<Long, List<PublicDatasets.PublicResource>> resources = new LinkedHashMap<>();
        members.forEach(d -> resources.put(d.id(), published.resources(d.id())));
        model.addAttribute("org", org);
        model.addAttribute("series", s);
        model.addAttribute("members", members);
        model.addAttribute("jsonLd", DcatJsonLd.script(
                DcatJsonLd.series(OpenDataPages.base(request), s, org, members, resources, links::published)));
        return "opendata/series";
    }
}
