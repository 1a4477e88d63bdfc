package org.gongkai.opendata;

import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The data catalog's link in a site's navigation (only when the organisation has published data) and the sitemap. */
@Component
class OpenDataSite implements SiteContribution {

    private final PublicDatasets published;
    private final org.gongkai.identity.OrganisationDirectory organisations;
    private final PublicSeries series;

    OpenDataSite(PublicDatasets published, org.gongkai.identity.OrganisationDirectory organisations,
                 PublicSeries series) {
        this.series = series;
        this.published = published;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!published.anyOf(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("od.section", "/o/" + o.slug() + "/data"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        List<Url> urls = new java.util.ArrayList<>(
                published.all(max).stream().map(d -> new Url("/data/" + d.id(), d.updatedAt())).toList());
        series.all(max).forEach(s -> urls.add(new Url("/data/series/" + s.id(), s.updatedAt())));
        return urls.size() > max ? urls.subList(0, max) : urls;
    }
}
