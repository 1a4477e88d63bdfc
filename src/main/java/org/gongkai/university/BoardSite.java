package org.gongkai.university;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The disclosure-list link on a university's site, and each university's list in the sitemap. */
@Component
class BoardSite implements SiteContribution {

    private final OrganisationDirectory organisations;

    BoardSite(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        return organisations.find(organisationId).filter(Boards::isUniversity)
                .map(o -> List.of(new Link("uniboard.section", "/o/" + o.slug() + "/disclosure-list")))
                .orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return organisations.all().stream().filter(Boards::isUniversity).limit(max)
                .map(o -> new Url("/o/" + o.slug() + "/disclosure-list", null)).toList();
    }
}
