package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The service catalog's link in a site's navigation (when it has published guides) and the sitemap. */
@Component
class GuideSite implements SiteContribution {

    private final GuideStore store;
    private final OrganisationDirectory organisations;

    GuideSite(GuideStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.guide.section", "/o/" + o.slug() + "/services"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(g -> new Url("/services/" + g.serviceId(), g.publishedAt())).toList();
    }
}
