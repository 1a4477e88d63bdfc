package org.gongkai.interpretation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The interpretation column's link in a site's navigation, only while the organisation has a published
 * interpretation (the sitemap lists the column through the navigation, and the interpretations as documents).
 */
@Component
class InterpretationSite implements SiteContribution {

    private final PublicInterpretations interpretations;
    private final OrganisationDirectory organisations;

    InterpretationSite(PublicInterpretations interpretations, OrganisationDirectory organisations) {
        this.interpretations = interpretations;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!interpretations.anyAt(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("interp.column.title", "/o/" + o.slug() + "/interpretations")))
                .orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return List.of();
    }
}
