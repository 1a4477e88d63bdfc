package org.gongkai.syndication;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.Validity;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An organisation subscribes to (or leaves) an organisation above it on the same platform. A new subscription queues
 * what the source published in the last {@link #BACKFILL_DAYS} days, so that it does not start empty.
 */
@Service
public class Subscriptions {

    static final int BACKFILL_DAYS = 30;
    static final int BACKFILL_MAX = 100;
    static final Role[] MANAGERS = {Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER};

    private final SyndicationStore store;
    private final OrganisationDirectory organisations;
    private final OrganisationAccess access;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Subscriptions(SyndicationStore store, OrganisationDirectory organisations, OrganisationAccess access,
                  PublishedDocuments published, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.access = access;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    /** The organisations the subscriber may subscribe to: those above it, the top first. */
    public List<Organisation> candidates(long organisationId) {
        return organisations.ancestry(organisationId).stream().filter(o -> o.id() != organisationId).toList();
    }

    /** The ids of the organisations it subscribes to. */
    public List<Long> sourcesOf(long organisationId) {
        return store.subscriptionsOf(organisationId).stream().map(SyndicationStore.Subscription::sourceOrganisationId)
                .toList();
    }

    @Transactional
    public void subscribe(StaffUser user, long sourceOrganisationId) {
        access.requireRole(user, user.organisationId(), MANAGERS);
        if (candidates(user.organisationId()).stream().noneMatch(o -> o.id() == sourceOrganisationId)) {
            throw InvalidInputException.of("source", "repost.error.source");
        }
        if (!store.subscribe(user.organisationId(), sourceOrganisationId, user.id())) {
            return;
        }
        Instant since = clock.instant().minus(Duration.ofDays(BACKFILL_DAYS));
        int queued = 0;
        for (PublishedDocument d : published.latest(List.of(sourceOrganisationId), 1, BACKFILL_MAX).items()) {
            if (!d.withdrawn() && d.validity() == Validity.VALID && d.publishedAt().isAfter(since)
                    && !store.isRepost(d.documentId()) && store.queue(user.organisationId(), Sources.of(d))) {
                queued++;
            }
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "syndication.subscribed",
                "organisation", String.valueOf(sourceOrganisationId), Map.of(), Map.of("queued", queued)));
    }

    @Transactional
    public void unsubscribe(StaffUser user, long sourceOrganisationId) {
        access.requireRole(user, user.organisationId(), MANAGERS);
        if (store.unsubscribe(user.organisationId(), sourceOrganisationId)) {
            events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(),
                    "syndication.unsubscribed", "organisation", String.valueOf(sourceOrganisationId),
                    Map.of("source", sourceOrganisationId), Map.of()));
        }
    }
}
