package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The lists' link in a site's navigation (when the organisation has published items) and the sitemap. */
@Component
class PowerSite implements SiteContribution {

    private final PowerStore store;
    private final OrganisationDirectory organisations;

    PowerSite(PowerStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.power.section", "/o/" + o.slug() + "/powers"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(e -> new Url("/powers/" + e.powerId(), e.publishedAt())).toList();
    }
}
