package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every transition does first: lock the row, check the actor and the state, check the dates entered. */
@Component
class Transitions {

    private final ApplicationStore store;
    private final OfficeAccess access;
    private final Today today;

    Transitions(ApplicationStore store, OfficeAccess access, Today today) {
        this.store = store;
        this.access = access;
        this.today = today;
    }

    /** Locks the application for a staff action and checks the actor may act on it and its status is one of those. */
    DisclosureApplication begin(StaffUser user, long id, ApplicationStatus... allowed) {
        DisclosureApplication app = store.lock(id);
        access.requireRead(user, app.organisationId());
        access.requireAct(user, app.organisationId());
        requireStatus(app, allowed);
        return app;
    }

    static void requireStatus(DisclosureApplication app, ApplicationStatus... allowed) {
        if (!app.status().open()) {
            throw new ConflictException("app.conflict.answered");
        }
        for (ApplicationStatus s : allowed) {
            if (app.status() == s) {
                return;
            }
        }
        throw new ConflictException("app.conflict.status", app.status().name());
    }

    /** A date staff enter for something that happened: not before receipt (or {@code notBefore}), not in the future. */
    LocalDate pastDate(LocalDate on, LocalDate notBefore, String field) {
        return pastDate(on, notBefore, field, "app.error.dateFuture", "app.error.dateBeforeStart");
    }

    /** As {@link #pastDate(LocalDate, LocalDate, String)}, with the messages that name the date in question. */
    LocalDate pastDate(LocalDate on, LocalDate notBefore, String field, String futureKey, String tooEarlyKey) {
        LocalDate d = on == null ? today.date() : on;
        if (d.isAfter(today.date())) {
            throw InvalidInputException.of(field, futureKey);
        }
        if (d.isBefore(notBefore)) {
            throw InvalidInputException.of(field, tooEarlyKey);
        }
        return d;
    }

    LocalDate today() {
        return today.date();
    }

    static Map<String, Object> state(DisclosureApplication app) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", app.status().name());
        m.put("dueOn", String.valueOf(app.dueOn()));
        m.put("trackingNumber", app.trackingNumber());
        return m;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], String.valueOf(kv[i + 1]));
        }
        return m;
    }
}
