package org.gongkai.services;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The public JSON of emergency information: issued warnings with their updates, and published plans. */
@RestController
class EmergencyApi {

    record Update(int seq, String kind, String text, String severity, Instant expires, Instant issuedAt) {
    }

    record Warning(long id, String event, String headline, String severity, String capSeverity, String area,
                   Instant onset, Instant expires, boolean inForce, boolean cancelled, Instant issuedAt,
                   String description, String instruction, String cap, List<Update> updates) {
    }

    record Plan(long id, String title, String scope, LocalDate issuedOn, Instant publishedAt) {
    }

    record Listing(String site, List<Warning> warnings, List<Plan> plans) {
    }

    private final EmergencyStore store;
    private final OrganisationDirectory organisations;
    private final ManageEmergencies manage;

    EmergencyApi(EmergencyStore store, OrganisationDirectory organisations, ManageEmergencies manage) {
        this.store = store;
        this.organisations = organisations;
        this.manage = manage;
    }

    @GetMapping("/api/v1/public/emergency/{site}")
    Listing list(@PathVariable String site) {
        Organisation o = organisations.findBySlug(site).orElseThrow(() -> new NotFoundException("site", site));
        List<Long> ids = organisations.subtreeIds(o.id());
        return new Listing(o.slug(), store.warnings(ids, true, 100).stream().map(this::warning).toList(),
                store.plans(ids, true).stream().map(p -> new Plan(p.id(), p.title(), p.scope(), p.issuedOn(),
                        p.publishedAt())).toList());
    }

    @GetMapping("/api/v1/public/emergency/warnings/{id}")
    Warning item(@PathVariable long id) {
        return warning(store.publicWarning(id).orElseThrow(() -> new NotFoundException("warning", id)));
    }

    private Warning warning(EmergencyWarning w) {
        WarningState s = new WarningState(w, store.updates(w.id()));
        return new Warning(w.id(), w.event(), w.headline(), s.severity().name(), s.severity().cap(), w.area(),
                w.onset(), s.expires(), s.inForce(manage.now()), s.cancelled(), w.issuedAt(), w.description(),
                w.instruction(), "/warnings/" + w.id() + "/cap.xml",
                s.updates().stream().map(u -> new Update(u.seq(), u.kind(), u.body(), u.severity().name(), u.expires(),
                        u.issuedAt())).toList());
    }
}
