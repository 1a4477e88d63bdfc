package org.gongkai.document;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * A publisher publishes an approved edition now or at a set time. The previous public edition is superseded;
 * the first publication gives the document its 索引号.
 */
@Service
public class PublishEdition {

    private final DocumentStore store;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final Workflow workflow;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Gatekeeper gatekeeper;
    private final PublicCopies publicCopies;

    PublishEdition(DocumentStore store, OrganisationAccess access, OrganisationDirectory organisations,
                   Workflow workflow, ApplicationEventPublisher events, Clock clock, Gatekeeper gatekeeper,
                   PublicCopies publicCopies) {
        this.gatekeeper = gatekeeper;
        this.publicCopies = publicCopies;
        this.store = store;
        this.access = access;
        this.organisations = organisations;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void publishNow(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.PUBLISHER);
        Edition edition = workflow.inProgress(documentId);
        if (edition.status() != EditionStatus.APPROVED) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        publish(doc, edition, user);
    }

    @Transactional
    public void schedule(StaffUser user, long documentId, Instant at) {
        if (at == null || !at.isAfter(clock.instant())) {
            throw InvalidInputException.of("scheduledFor", "workflow.schedule.past");
        }
        if (at.isAfter(clock.instant().plus(java.time.Duration.ofDays(3660)))) {
            throw InvalidInputException.of("scheduledFor", "workflow.schedule.far");
        }
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.PUBLISHER);
        Edition edition = workflow.inProgress(documentId);
        if (edition.status() == EditionStatus.APPROVED) {
            gatekeeper.requireClear(doc, edition, PublicationGate.Stage.PUBLISH);
        }
        if (edition.status() != EditionStatus.APPROVED || !store.schedule(edition.id(), at)) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        workflow.record(doc, edition, "schedule", EditionStatus.APPROVED, EditionStatus.SCHEDULED, user, at.toString());
    }

    @Transactional
    public void unschedule(StaffUser user, long documentId) {
        DocumentRef doc = workflow.lockedDocument(documentId);
        access.requireRole(user, doc.organisationId(), Role.PUBLISHER);
        Edition edition = workflow.inProgress(documentId);
        workflow.move(doc, edition, EditionStatus.SCHEDULED, EditionStatus.APPROVED, "unschedule", user, null);
    }

    /**
     * Publishes a scheduled edition whose time has come, by the system. Returns false when another node (or an
     * earlier run) already did, or it was unscheduled meanwhile.
     */
    @Transactional
    public boolean publishScheduled(long editionId) {
        Edition seen = store.findEdition(editionId).orElse(null);
        if (seen == null) {
            return false;
        }
        DocumentRef doc = workflow.lockedDocument(seen.documentId());
        Edition edition = store.findEdition(editionId).orElseThrow();
        if (edition.status() != EditionStatus.SCHEDULED || edition.scheduledFor().isAfter(clock.instant())) {
            return false;
        }
        publish(doc, edition, null);
        return true;
    }

    private void publish(DocumentRef doc, Edition edition, StaffUser user) {
        gatekeeper.requireClear(doc, edition, PublicationGate.Stage.PUBLISH);
        publicCopies.makeFor(edition.revisionId());
        Instant now = clock.instant();
        store.liveEdition(doc.id()).ifPresent(old -> {
            store.moveStatus(old.id(), old.status(), EditionStatus.SUPERSEDED);
            workflow.record(doc, old, "supersede", old.status(), EditionStatus.SUPERSEDED, user, null);
        });
        if (!store.markPublished(edition.id(), edition.status(), now)) {
            throw new ConflictException("workflow.wrongStatus", edition.status().name());
        }
        if (doc.indexNumber() == null) {
            store.setIndexNumber(doc.id(), indexNumber(doc.organisationId(), now));
        }
        workflow.record(doc, edition, "publish", edition.status(), EditionStatus.PUBLISHED, user, null);
        events.publishEvent(new PublicChange(PublicChange.Kind.PUBLISHED, doc.id(), edition.id(), doc.organisationId()));
    }

    /** 索引号: {@code <organisation code>/<year>-<5-digit serial>}, the serial never reused. */
    private String indexNumber(long organisationId, Instant at) {
        int year = at.atZone(Zones.CHINA).getYear();
        int serial = store.nextSerial(organisationId, year);
        return "%s/%d-%05d".formatted(organisations.get(organisationId).code(), year, serial);
    }
}
