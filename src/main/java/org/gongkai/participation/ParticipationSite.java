package org.gongkai.participation;

import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.portal.SiteContribution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The message channel's link in every site's navigation (a site without one fails the national check), and the
 * published exchanges and the opened surveys in the sitemap; the surveys' link when the organisation has any. Only published exchanges (their public copy) are ever named;
 * {@link HandleMessage#publish} announces a new one with {@code portal.SiteContentChanged}.
 */
@Component
class ParticipationSite implements SiteContribution {

    private final PublishedExchangeStore store;
    private final OrganisationDirectory organisations;
    private final SurveyStore surveys;
    private final java.time.Clock clock;

    ParticipationSite(PublishedExchangeStore store, OrganisationDirectory organisations, SurveyStore surveys, java.time.Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
        this.store = store;
        this.organisations = organisations;
    }

    @Override
    public List<Link> sections(long organisationId) {
        return organisations.find(organisationId)
                .map(o -> surveys.list(o.id(), true, clock.instant(), 1, 1).total() == 0
                        ? List.of(new Link("msg.section.messages", "/messages?org=" + o.slug()))
                        : List.of(new Link("msg.section.messages", "/messages?org=" + o.slug()),
                                new Link("survey.section", "/surveys?org=" + o.slug())))
                .orElse(List.of());
    }

    @Override
    public List<Url> sitemap(int max) {
        if (max <= 0) {
            return List.of();
        }
        List<Url> urls = new java.util.ArrayList<>(store.publishedNewest(null, max).stream()
                .map(e -> new Url("/messages/published/" + e.id(), e.publishedAt())).toList());
        surveys.visible(clock.instant(), max - urls.size())
                .forEach(s -> urls.add(new Url("/surveys/" + s.id(), clock.instant().isBefore(s.closesAt())
                        ? s.opensAt() : s.closesAt())));
        return urls;
    }
}
