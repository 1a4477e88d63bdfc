package org.gongkai.application;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Migration mode: an office moving onto the platform registers an application it answered before, with its real
 * dates and outcome. It is stored answered and marked as migrated: no clock ever runs for it, no mail is sent, and
 * table 三 counts it in the year of its reply like any other. Refused when the dates are out of order or in the
 * future, or when it is already registered (the same earlier number, or the same applicant, day and request).
 */
@Service
class MigrateApplication {

    /** What staff enter besides the application's own fields. */
    record Earlier(Channel channel, LocalDate receivedOn, LocalDate repliedOn, ReplyOutcome outcome,
                   String earlierNumber, String replyText) {
    }

    private final ApplicationStore store;
    private final QueryCodeHashes codes;
    private final ApplicationLog log;
    private final Today today;

    MigrateApplication(ApplicationStore store, QueryCodeHashes codes, ApplicationLog log, Today today) {
        this.store = store;
        this.codes = codes;
        this.log = log;
        this.today = today;
    }

    /** The field errors of an earlier application (message keys by field; empty when it may be registered). */
    Map<String, String> check(Organisation org, FormValidation.Parts parts, Earlier e) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate now = today.date();
        if (e.channel() == null) {
            errors.put("channel", "app.error.choice");
        }
        if (e.receivedOn() == null) {
            errors.put("receivedOn", "app.error.required");
        } else if (e.receivedOn().isAfter(now)) {
            errors.put("receivedOn", "app.error.dateFuture");
        }
        if (e.repliedOn() == null) {
            errors.put("repliedOn", "app.error.required");
        } else if (e.repliedOn().isAfter(now)) {
            errors.put("repliedOn", "app.error.replyOnFuture");
        } else if (e.receivedOn() != null && e.repliedOn().isBefore(e.receivedOn())) {
            errors.put("repliedOn", "app.error.replyOnBeforeReceipt");
        }
        if (e.outcome() == null) {
            errors.put("outcome", "app.error.outcome");
        }
        if (e.earlierNumber() != null && e.earlierNumber().length() > 60) {
            errors.put("earlierNumber", "app.error.migrateNumber");
        } else if (e.earlierNumber() != null && store.earlierNumberTaken(org.id(), e.earlierNumber())) {
            errors.put("earlierNumber", "app.error.migrateDuplicateNumber");
        }
        if (e.replyText() != null && e.replyText().length() > 20_000) {
            errors.put("replyText", "app.error.replyText");
        }
        if (parts != null && e.receivedOn() != null && store.sameApplicationExists(org.id(), parts.applicant().name(),
                e.receivedOn(), parts.info().description())) {
            errors.putIfAbsent("description", "app.error.migrateDuplicate");
        }
        return errors;
    }

    /** Registers it (after {@link #check}, which it repeats under the transaction). */
    @Transactional
    DisclosureApplication migrate(StaffUser user, Organisation org, FormValidation.Parts parts, Earlier e) {
        Map<String, String> errors = check(org, parts, e);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String tracking;
        do {
            tracking = Codes.trackingNumber(org.code(), e.receivedOn());
        } while (store.findByTrackingNumber(tracking).isPresent());
        // a query code nobody is told: the applicant of an earlier application follows it up with the office
        String hash = codes.hash(Codes.normaliseCode(Codes.queryCode()));
        long id = store.insert(org.id(), tracking, hash, parts.applicant(), parts.info(), parts.delivery(), e.channel(),
                Zones.atButNotAfter(e.receivedOn(), LocalTime.NOON, today.now()), e.receivedOn(), null, false,
                user.id());
        store.markMigrated(id, e.earlierNumber());
        store.answer(id, e.outcome(), e.replyText(),
                Zones.atButNotAfter(e.repliedOn(), LocalTime.NOON, today.now()), e.repliedOn());
        DisclosureApplication app = store.get(id);
        Map<String, Object> after = Transitions.with(Transitions.state(app), "migrated", true,
                "receivedOn", e.receivedOn(), "repliedOn", e.repliedOn(), "outcome", e.outcome(),
                "reportRow", e.outcome().reportRow(), "earlierNumber", e.earlierNumber(), "channel", e.channel(),
                "enteredOn", today.date());
        log.staff(user, app, "migrated", e.outcome().name(), false, Map.of(), after);
        return app;
    }
}
