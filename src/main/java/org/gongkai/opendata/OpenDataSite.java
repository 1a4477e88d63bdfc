package org.gongkai.opendata;

import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The data catalog's link in a site's navigation (only when the organisation has published data) and the sitemap. */
@Component
class OpenDataSite implements SiteContribution {

    private final PublicDatasets published;
    private final org.gongkai.identity.OrganisationDirectory organisations;

    OpenDataSite(PublicDatasets published, org.gongkai.identity.OrganisationDirectory organisations) {
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
        return published.all(max).stream().map(d -> new Url("/data/" + d.id(), d.updatedAt())).toList();
    }
}
