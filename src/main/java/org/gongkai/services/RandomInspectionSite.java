package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The random inspections' link in a site's navigation (when the organisation has published plans) and the sitemap. */
@Component
class RandomInspectionSite implements SiteContribution {

    private final RandomInspectionStore store;
    private final OrganisationDirectory organisations;

    RandomInspectionSite(RandomInspectionStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.section", "/o/" + o.slug() + "/inspections"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(p -> new Url("/inspections/" + p.id(), p.updatedAt())).toList();
    }
}
