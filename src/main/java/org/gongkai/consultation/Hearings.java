package org.gongkai.consultation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hearings (听证会) on a published consultation that announced the hearing channel: publishers give notice (time,
 * place, seats, registration deadline, the selection rule — all public), the public registers until the deadline,
 * staff choose at most as many participants as there are seats by the published rule, and after the hearing the
 * record (笔录) is published once. Names and contacts of those who registered stay with staff.
 */
@Service
public class Hearings {

    static final int PLACE_MAX = 300;
    static final int RULE_MAX = 2000;
    static final int RECORD_MAX = 100_000;
    static final int STATEMENT_MAX = 2000;

    private final DraftConsultation drafts;
    private final ConsultationStore consultations;
    private final HearingStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Hearings(DraftConsultation drafts, ConsultationStore consultations, HearingStore store, OrganisationAccess access,
             ApplicationEventPublisher events, Clock clock) {
        this.drafts = drafts;
        this.consultations = consultations;
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long schedule(StaffUser user, long consultationId, HearingInput in) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant now = clock.instant();
        Instant held = DraftConsultation.time(in.heldAt(), "heldAt", errors);
        Instant closes = DraftConsultation.time(in.registrationClosesAt(), "registrationClosesAt", errors);
        if (held != null && !held.isAfter(now)) {
            errors.put("heldAt", "consult.hearing.error.past");
        }
        if (held != null && closes != null && (closes.isAfter(held) || !closes.isAfter(now))) {
            errors.put("registrationClosesAt", "consult.hearing.error.registrationCloses");
        }
        String place = required(in.place(), PLACE_MAX, "place", errors);
        Integer seats = null;
        try {
            seats = Integer.parseInt(in.seats() == null ? "" : in.seats().strip());
            if (seats < 1 || seats > 500) {
                errors.put("seats", "consult.hearing.error.seats");
            }
        } catch (NumberFormatException e) {
            errors.put("seats", "consult.hearing.error.seats");
        }
        String rule = required(in.selectionRule(), RULE_MAX, "selectionRule", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Phase phase = c.phase(now);
        if (phase == Phase.DRAFT || phase == Phase.REPORTED) {
            throw new ConflictException("consult.hearing.error.notNow");
        }
        if (!c.channels().contains(Channel.HEARING)) {
            throw new ConflictException("consult.hearing.error.channel");
        }
        long id = store.insert(consultationId, held, place, seats, closes, rule, user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("hearing", id);
        after.put("heldAt", held.toString());
        after.put("place", place);
        after.put("seats", seats);
        after.put("registrationClosesAt", closes.toString());
        after.put("selectionRule", rule);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.hearing",
                "consultation", String.valueOf(consultationId), Map.of(), after));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
        return id;
    }

    /** A registration from the public while registration is open; 409 with the reason otherwise. */
    @Transactional
    public long register(long consultationId, long hearingId, String name, String contact, String statement) {
        Hearing h = publicHearing(consultationId, hearingId);
        if (!h.registrationOpen(clock.instant())) {
            throw new ConflictException("consult.hearing.registrationClosed");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String n = required(name, ReceiveComment.NAME_MAX, "name", errors);
        String ct = required(contact, ReceiveComment.CONTACT_MAX, "contact", errors);
        String s = statement == null || statement.isBlank() ? null : statement;
        if (s != null && s.length() > STATEMENT_MAX) {
            errors.put("statement", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return store.register(hearingId, n, ct, s);
    }

    /** Chooses the participants by the published rule: at most the hearing's seats, once registration has closed. */
    @Transactional
    public void select(StaffUser user, long consultationId, long hearingId, List<String> registrationIds) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        Hearing h = hearingOf(c, hearingId);
        store.lock(hearingId);
        Set<Long> known = new java.util.HashSet<>(store.registrations(hearingId).stream()
                .map(HearingRegistration::id).toList());
        Set<Long> chosen = new LinkedHashSet<>();
        for (String s : registrationIds == null ? List.<String>of() : registrationIds) {
            try {
                chosen.add(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("selected", "consult.hearing.error.selected");
            }
        }
        if (!known.containsAll(chosen)) {
            throw InvalidInputException.of("selected", "consult.hearing.error.selected");
        }
        if (chosen.size() > h.seats()) {
            throw InvalidInputException.of("selected", "consult.hearing.error.tooMany");
        }
        Instant now = clock.instant();
        if (h.registrationOpen(now) || h.recordPublishedAt() != null) {
            throw new ConflictException("consult.hearing.error.selectNow");
        }
        store.select(hearingId, chosen);
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.hearingSelect",
                "consultation_hearing", String.valueOf(hearingId), Map.of(),
                Map.of("selected", chosen.toString())));
    }

    /** Publishes the hearing's record once, after the hearing. */
    @Transactional
    public void publishRecord(StaffUser user, long consultationId, long hearingId, String record) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.PUBLISHER);
        Hearing h = hearingOf(c, hearingId);
        Map<String, String> errors = new LinkedHashMap<>();
        String r = required(record, RECORD_MAX, "record", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!h.held(clock.instant())) {
            throw new ConflictException("consult.hearing.error.notHeld");
        }
        if (!store.publishRecord(hearingId, r)) {
            throw new ConflictException("consult.hearing.error.recorded");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(), "consultation.hearingRecord",
                "consultation_hearing", String.valueOf(hearingId), Map.of(), Map.of("length", r.length())));
        events.publishEvent(new SiteContentChanged(c.organisationId()));
    }

    Hearing hearingOf(Consultation c, long hearingId) {
        return store.find(hearingId).filter(h -> h.consultationId() == c.id())
                .orElseThrow(() -> new NotFoundException("hearing", hearingId));
    }

    /** A hearing of a published consultation; 404 for anything else. */
    Hearing publicHearing(long consultationId, long hearingId) {
        consultations.find(consultationId).filter(Consultation::published)
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        return store.find(hearingId).filter(h -> h.consultationId() == consultationId)
                .orElseThrow(() -> new NotFoundException("hearing", hearingId));
    }

    private static String required(String value, int max, String field, Map<String, String> errors) {
        String v = DraftConsultation.text(value);
        if (v == null) {
            errors.put(field, "consult.error.required");
        } else if (v.length() > max) {
            errors.put(field, "consult.error.tooLong");
        }
        return v;
    }
}
