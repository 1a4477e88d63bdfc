package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The clean-up results' link in a site's navigation (once one is published) and the sitemap. */
@Component
class CleanUpSite implements SiteContribution {

    private final CleanUpStore store;
    private final OrganisationDirectory organisations;

    CleanUpSite(CleanUpStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.cleanup.section", "/o/" + o.slug() + "/cleanups"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(c -> new Url("/cleanups/" + c.id(), c.updatedAt())).toList();
    }
}
