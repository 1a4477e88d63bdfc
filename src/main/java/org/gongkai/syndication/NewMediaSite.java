package org.gongkai.syndication;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The register's link in a site's navigation, once the organisation has registered an account. */
@Component
class NewMediaSite implements SiteContribution {

    private final NewMediaRegister register;
    private final OrganisationDirectory organisations;

    NewMediaSite(NewMediaRegister register, OrganisationDirectory organisations) {
        this.register = register;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!register.anyAt(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("media.section", "/o/" + o.slug() + "/new-media"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return List.of();
    }
}
