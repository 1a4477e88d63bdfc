package org.gongkai.services;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/** The replies' link in a site's navigation (when the organisation has published replies) and the sitemap. */
@Component
class DeputyReplySite implements SiteContribution {

    private final DeputyReplyStore store;
    private final OrganisationDirectory organisations;

    DeputyReplySite(DeputyReplyStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        if (!store.anyPublic(organisationId)) {
            return List.of();
        }
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("svc.reply.section", "/o/" + o.slug() + "/replies"))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        return store.newestPublic(max).stream().map(r -> new Url("/replies/" + r.id(), r.updatedAt())).toList();
    }
}
