package org.gongkai.challenge;

import org.gongkai.application.ApplicationCase;
import org.gongkai.application.ApplicationCases;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records administrative reconsideration and litigation about an application's decision (table 四 of the annual
 * report), and corrects such records with optimistic concurrency. Only the organisation's disclosure officers do; each
 * save is written in the application's timeline (not shown to the applicant) and published as a {@link StaffAction}.
 */
@Service
class RecordChallenge {

    /** No disclosure decision could be challenged before the 2008 regulations came into force. */
    static final LocalDate EARLIEST = LocalDate.of(2008, 5, 1);
    static final int CASE_NUMBER_MAX = 100;
    static final int NOTE_MAX = 2000;

    private final ApplicationCases applications;
    private final ChallengeStore challenges;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RecordChallenge(ApplicationCases applications, ChallengeStore challenges, Clock clock,
                    ApplicationEventPublisher events) {
        this.applications = applications;
        this.challenges = challenges;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    long create(StaffUser user, long applicationId, ChallengeForm form) {
        ApplicationCase app = applications.get(applicationId);
        applications.requireAct(user, app.organisationId());
        ChallengeStore.Values v = validate(form, app);
        long id = challenges.insert(app.id(), app.organisationId(), v, user.id());
        applications.noteByStaff(app.id(), "challengeRecorded", user, v.caseNumber());
        events.publishEvent(new StaffAction(user.id(), user.username(), app.organisationId(),
                "application.challengeRecorded", "legal_challenge", String.valueOf(id),
                Map.of("application", app.id()), v.asMap()));
        return id;
    }

    @Transactional
    void update(StaffUser user, long applicationId, long challengeId, ChallengeForm form) {
        ApplicationCase app = applications.get(applicationId);
        applications.requireAct(user, app.organisationId());
        LegalChallenge before = get(app, challengeId);
        Integer version = version(form.version());
        ChallengeStore.Values v = validate(form, app);
        if (version == null) {
            throw InvalidInputException.of("version", "app.challenge.error.version");
        }
        if (!challenges.update(challengeId, version, v, user.id())) {
            throw new ConflictException("app.challenge.stale");
        }
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> old = values(before).asMap();
        v.asMap().forEach((k, value) -> {
            if (!Objects.equals(old.get(k), value)) {
                was.put(k, old.get(k));
                now.put(k, value);
            }
        });
        applications.noteByStaff(app.id(), "challengeUpdated", user, v.caseNumber());
        events.publishEvent(new StaffAction(user.id(), user.username(), app.organisationId(),
                "application.challengeUpdated", "legal_challenge", String.valueOf(challengeId), was, now));
    }

    /** The record, when it belongs to the application. */
    LegalChallenge get(ApplicationCase app, long challengeId) {
        return challenges.find(challengeId).filter(c -> c.applicationId() == app.id())
                .orElseThrow(() -> new NotFoundException("legal challenge", challengeId));
    }

    /** Checks the form against the rules the database also enforces, and against the application and today. */
    ChallengeStore.Values validate(ChallengeForm f, ApplicationCase app) {
        Map<String, String> errors = new LinkedHashMap<>();
        ChallengeKind kind = choice(ChallengeKind.class, f.kind(), "kind", errors);
        ChallengeResult result = choice(ChallengeResult.class, f.result(), "result", errors);
        String caseNumber = text(f.caseNumber());
        if (caseNumber != null && caseNumber.length() > CASE_NUMBER_MAX) {
            errors.put("caseNumber", "app.challenge.error.caseNumber");
        }
        String note = text(f.note());
        if (note != null && note.length() > NOTE_MAX) {
            errors.put("note", "app.challenge.error.note");
        }
        LocalDate now = LocalDate.now(clock.withZone(Zones.CHINA));
        LocalDate filed = date(f.filedOn(), "filedOn", errors);
        if (filed == null) {
            errors.putIfAbsent("filedOn", "app.error.required");
        } else if (filed.isAfter(now)) {
            errors.put("filedOn", "app.error.dateFuture");
        } else if (filed.isBefore(EARLIEST)) {
            errors.put("filedOn", "app.challenge.error.filedTooEarly");
        } else if (filed.isBefore(app.receivedOn())) {
            errors.put("filedOn", "app.challenge.error.filedBeforeApplication");
        }
        LocalDate concluded = date(f.concludedOn(), "concludedOn", errors);
        if (result != null && !errors.containsKey("concludedOn")) {
            if (result.concluded() && concluded == null) {
                errors.put("concludedOn", "app.challenge.error.concludedRequired");
            } else if (!result.concluded() && concluded != null) {
                errors.put("concludedOn", "app.challenge.error.concludedWhilePending");
            } else if (concluded != null && concluded.isAfter(now)) {
                errors.put("concludedOn", "app.error.dateFuture");
            } else if (concluded != null && filed != null && concluded.isBefore(filed)) {
                errors.put("concludedOn", "app.challenge.error.concludedBeforeFiled");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ChallengeStore.Values(kind, caseNumber, filed, result, concluded, note);
    }

    private static ChallengeStore.Values values(LegalChallenge c) {
        return new ChallengeStore.Values(c.kind(), c.caseNumber(), c.filedOn(), c.result(), c.concludedOn(), c.note());
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "app.challenge.error." + field);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "app.challenge.error." + field);
            return null;
        }
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "app.error.date");
            return null;
        }
    }

    private static Integer version(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int v = Integer.parseInt(value.strip());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
