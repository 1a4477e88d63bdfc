package org.gongkai.consultation;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * New versions of a published consultation's draft, and its final text. A new draft version is published at once
 * (the public comments on it from then on; earlier comments stay on the passages they were made on) while the
 * consultation has not yet got its final text. The final text — the adopted decision — is recorded once, after the
 * consultation closed and before the adoption report; it may name the decision's published document of the same
 * organisation. Publishers of the organisation do both.
 */
@Service
public class ReviseDraft {

    static final int NOTE_MAX = 2000;

    private final ConsultationStore store;
    private final VersionStore versions;
    private final DraftConsultation drafts;
    private final OrganisationAccess access;
    private final PublishedDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviseDraft(ConsultationStore store, VersionStore versions, DraftConsultation drafts, OrganisationAccess access,
                PublishedDocuments documents, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.versions = versions;
        this.drafts = drafts;
        this.access = access;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a new draft version; its number. */
    @Transactional
    public int newVersion(StaffUser user, long consultationId, String note, String text) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        String n = note(note, errors);
        List<String> passages = passages(text, errors);
        if (errors.isEmpty() && passages.equals(store.passages(consultationId).stream().map(Passage::body).toList())) {
            errors.put("draftText", "consult.version.error.unchanged");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Phase phase = c.phase(clock.instant());
        if (phase == Phase.DRAFT || phase == Phase.REPORTED || versions.finalText(consultationId).isPresent()) {
            throw new ConflictException("consult.version.error.notNow");
        }
        int number = versions.versions(consultationId).size() + 1;
        versions.insert(consultationId, number, false, n, null, user.id(), passages);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.version",
                "consultation", String.valueOf(consultationId), Map.of(),
                Map.of("version", number, "note", n, "passages", passages.size())));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
        return number;
    }

    /** Records the final text after closing; shown to the public with the adoption report. */
    @Transactional
    public int recordFinal(StaffUser user, long consultationId, String note, String text, String decisionDocument) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        String n = note(note, errors);
        List<String> passages = passages(text, errors);
        Long document = null;
        String d = DraftConsultation.text(decisionDocument);
        if (d != null) {
            try {
                document = Long.parseLong(d);
            } catch (NumberFormatException e) {
                errors.put("decisionDocument", "consult.final.error.document");
            }
            if (document != null && documents.find(document)
                    .filter(p -> p.organisationId() == c.organisationId()).isEmpty()) {
                errors.put("decisionDocument", "consult.final.error.document");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (c.phase(clock.instant()) != Phase.CLOSED) {
            throw new ConflictException("consult.final.error.notNow");
        }
        if (versions.finalText(consultationId).isPresent()) {
            throw new ConflictException("consult.final.error.recorded");
        }
        int number = versions.versions(consultationId).size() + 1;
        versions.insert(consultationId, number, true, n, document, user.id(), passages);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", number);
        after.put("note", n);
        after.put("passages", passages.size());
        after.put("decisionDocument", document);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.final",
                "consultation", String.valueOf(consultationId), Map.of(), after));
        return number;
    }

    private static String note(String note, Map<String, String> errors) {
        String n = DraftConsultation.text(note);
        if (n == null) {
            errors.put("note", "consult.error.required");
        } else if (n.length() > NOTE_MAX) {
            errors.put("note", "consult.error.tooLong");
        }
        return n;
    }

    private static List<String> passages(String text, Map<String, String> errors) {
        List<String> passages = DraftConsultation.passages(text);
        if (passages.isEmpty()) {
            errors.put("draftText", "consult.error.draftText");
        } else if (passages.size() > DraftConsultation.PASSAGES_MAX
                || passages.stream().anyMatch(p -> p.length() > DraftConsultation.TEXT_MAX)) {
            errors.put("draftText", "consult.error.draftTooLong");
        }
        return passages;
    }
}
