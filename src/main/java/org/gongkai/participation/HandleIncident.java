package org.gongkai.participation;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What staff do with a public-concern incident: record it (its clocks start at the time of discovery), add to its
 * timeline a statement published on the portal or a press conference held (the earliest meets the clocks), and close
 * it with a review note. Time comes from the injected {@link Clock}. Every action is audited as a {@link StaffAction}.
 */
@Service
public class HandleIncident {

    static final int NOTE_MAX = 2000;

    private final IncidentStore store;
    private final MessageAccess access;
    private final PublishedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HandleIncident(IncidentStore store, MessageAccess access, PublishedDocuments documents,
                   ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The incident, for someone who may read it: 404 when there is none, 403 when it is another's. */
    ConcernIncident readable(StaffUser user, long id) {
        ConcernIncident i = store.find(id).orElseThrow(() -> new NotFoundException("incident", id));
        access.requireRead(user, i.organisationId());
        return i;
    }

    @Transactional
    long record(StaffUser user, IncidentForm form) {
        access.requireAct(user, user.organisationId());
        Instant now = now();
        IncidentForm.Valid v = form.validate(now);
        long id = store.insert(new IncidentStore.NewRow(user.organisationId(), v.source(), v.sourceUrl(), v.summary(),
                v.severity(), v.discoveredAt(), now, user.id()));
        audit(user, user.organisationId(), id, "incident.record", Map.of(),
                map("severity", v.severity().name(), "discoveredAt", v.discoveredAt().toString()));
        return id;
    }

    /** Records an incident found at a given moment (to the minute, as the form takes it): for the demo and imports. */
    @Transactional
    public long record(StaffUser user, String source, String sourceUrl, String summary, IncidentSeverity severity,
                       Instant discoveredAt) {
        return record(user, new IncidentForm(source, sourceUrl, summary, severity.name(),
                IncidentForm.INPUT.format(discoveredAt)));
    }

    /** Adds a press conference held at a given moment to an incident's timeline. */
    @Transactional
    public void addPressConference(StaffUser user, long id, int version, String title, String place, Instant heldAt) {
        addStatement(user, id, version, new StatementForm("PRESS_CONFERENCE", null, title,
                IncidentForm.INPUT.format(heldAt), place));
    }

    @Transactional
    void addStatement(StaffUser user, long id, int version, StatementForm form) {
        ConcernIncident i = actable(user, id);
        if (i.closed()) {
            throw new ConflictException("inc.closed");
        }
        Instant now = now();
        Map<String, String> errors = new LinkedHashMap<>();
        Long documentId = form.document();
        Optional<PublishedDocument> doc = documentId == null || documentId < 0 ? Optional.empty()
                : documents.find(documentId).filter(d -> !d.withdrawn());
        if ((documentId != null || !form.pressConference()) && doc.isEmpty()) {
            errors.put("documentId", "inc.error.document");
        }
        String kind = form.pressConference() ? "PRESS_CONFERENCE" : "STATEMENT";
        Instant at;
        String title;
        String place = null;
        if (form.pressConference()) {
            at = IncidentForm.beijing(form.heldAt());
            if (at == null) {
                errors.put("heldAt", "inc.error.heldAt");
            } else if (at.isBefore(i.discoveredAt()) || at.isAfter(now)) {
                errors.put("heldAt", "inc.error.heldAtRange");
            }
            title = IncidentForm.strip(form.title());
            if (title == null || title.length() > StatementForm.TITLE_MAX) {
                errors.put("title", title == null ? "inc.error.title" : "inc.error.titleLong");
            }
            place = IncidentForm.strip(form.place());
            if (place != null && place.length() > StatementForm.PLACE_MAX) {
                errors.put("place", "inc.error.placeLong");
            }
        } else {
            at = doc.map(PublishedDocument::publishedAt).orElse(null);
            if (at != null && at.isBefore(i.discoveredAt())) {
                errors.put("documentId", "inc.error.documentBefore");
            }
            title = doc.map(d -> d.content().title()).map(t -> t.length() > StatementForm.TITLE_MAX
                    ? t.substring(0, StatementForm.TITLE_MAX) : t).orElse(null);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!store.addStatement(id, version, kind, title, at, documentId, place, user.id(), now)) {
            throw new ConflictException("inc.stale");
        }
        audit(user, i.organisationId(), id, "incident.statement", Map.of(),
                map("kind", kind, "at", at.toString(), "document", documentId));
    }

    @Transactional
    public void close(StaffUser user, long id, int version, String reviewNote) {
        ConcernIncident i = actable(user, id);
        if (i.closed()) {
            throw new ConflictException("inc.closed");
        }
        String note = IncidentForm.strip(reviewNote);
        if (note == null || note.length() > NOTE_MAX) {
            throw InvalidInputException.of("reviewNote", note == null ? "inc.error.reviewNote" : "inc.error.reviewNoteLong");
        }
        if (!store.close(id, version, note, user.id(), now())) {
            throw new ConflictException("inc.stale");
        }
        audit(user, i.organisationId(), id, "incident.close", map("status", "OPEN"), map("status", "CLOSED"));
    }

    private ConcernIncident actable(StaffUser user, long id) {
        ConcernIncident i = store.find(id).orElseThrow(() -> new NotFoundException("incident", id));
        access.requireAct(user, i.organisationId());
        return i;
    }

    private void audit(StaffUser user, long organisationId, long id, String action, Map<String, Object> before,
                       Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, action, "concern_incident",
                String.valueOf(id), before, after));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            m.put((String) keysAndValues[k], keysAndValues[k + 1]);
        }
        return m;
    }
}
