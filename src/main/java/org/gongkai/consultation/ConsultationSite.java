package org.gongkai.consultation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The consultations' link in a site's navigation (only once the organisation has published one) and every published
 * consultation's page in the sitemap. Publishing one announces {@code portal.SiteContentChanged}.
 */
@Component
class ConsultationSite implements SiteContribution {

    private final ConsultationStore store;
    private final OrganisationDirectory organisations;

    ConsultationSite(ConsultationStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublished(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("consult.public.listTitle", "/o/" + o.slug() + "/consultations")))
                .orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return max <= 0 ? List.of() : store.publishedAddresses(max);
    }
}
