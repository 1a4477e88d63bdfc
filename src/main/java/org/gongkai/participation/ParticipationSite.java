package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The message channel's link in every site's navigation (a site without one fails the national check), and the
 * published exchanges in the sitemap. Only published exchanges (their public copy) are ever named;
 * {@link HandleMessage#publish} announces a new one with {@code portal.SiteContentChanged}.
 */
@Component
class ParticipationSite implements SiteContribution {

    private final MessageStore store;
    private final OrganisationDirectory organisations;

    ParticipationSite(MessageStore store, OrganisationDirectory organisations) {
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        return organisations.find(organisationId)
                .map(o -> List.of(new Link("msg.section.messages", "/messages?org=" + o.slug()))).orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        if (max <= 0) {
            return List.of();
        }
        return store.publishedNewest(null, max).stream()
                .map(e -> new Url("/messages/published/" + e.id(), e.publishedAt())).toList();
    }
}
