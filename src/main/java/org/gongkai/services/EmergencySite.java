package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Emergency information's link in a site's navigation (when anything is public) and the sitemap. */
@Component
class EmergencySite implements SiteContribution {

    private final EmergencyStore store;
    private final OrganisationDirectory organisations;

    EmergencySite(EmergencyStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.emergency.section", "/o/" + o.slug() + "/emergency"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(r -> new Url((String) r[0], (Instant) r[1])).toList();
    }
}
