package org.gongkai.enrollment;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff actions on school districts: open a year (empty, or with last year's rules to edit), add, change and
 * remove rules, replace them from a file, and publish under a decision. Editors and publishers of the county edit
 * drafts; only a publisher publishes; a published zoning is final (V60 triggers). Each action is a {@link StaffAction}.
 */
@Service
class ZoningRules {

    static final int TITLE_MAX = 300;
    static final int URL_MAX = 500;

    private final ZoningStore store;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;

    ZoningRules(ZoningStore store, OrganisationAccess access, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.events = events;
    }

    /** The zoning, if the user may read its organisation's back office (404 for no such id, 403 for another's). */
    Zoning readable(StaffUser user, long zoningId) {
        Zoning z = store.find(zoningId).orElseThrow(() -> new NotFoundException("zoning", zoningId));
        access.requireRead(user, z.organisationId());
        return z;
    }

    @Transactional
    long open(StaffUser user, long organisationId, Integer year, boolean copyLatest) {
        access.requireRole(user, organisationId, Role.EDITOR, Role.PUBLISHER);
        if (year == null || year < 2000 || year > 2100) {
            throw InvalidInputException.of("year", "zoning.error.year");
        }
        if (store.yearTaken(organisationId, year)) {
            throw InvalidInputException.of("year", "zoning.error.yearTaken");
        }
        long id = store.insert(organisationId, year, user.id());
        int copied = 0;
        if (copyLatest) {
            var earlier = store.ofOrganisation(organisationId).stream().filter(z -> z.year() < year).findFirst();
            if (earlier.isPresent()) {
                List<RuleValues> rules = store.allRules(earlier.get().id()).stream().map(RuleValues::of).toList();
                store.insertRules(id, rules);
                copied = rules.size();
            }
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "zoning.open", "zoning",
                String.valueOf(id), Map.of(), Map.of("year", year, "copiedRules", copied)));
        return id;
    }

    @Transactional
    long addRule(StaffUser user, long zoningId, RuleChecks.Raw raw) {
        Zoning z = draft(user, zoningId);
        RuleValues v = valid(raw);
        long id = store.insertRule(z.id(), v);
        store.touch(z.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), z.organisationId(), "zoning.rule.add",
                "zoning_rule", String.valueOf(id), Map.of(), with(v.asMap(), z)));
        return id;
    }

    @Transactional
    void updateRule(StaffUser user, long zoningId, long ruleId, RuleChecks.Raw raw) {
        Zoning z = draft(user, zoningId);
        ZoningRule before = ruleOf(z, ruleId);
        RuleValues v = valid(raw);
        store.updateRule(ruleId, v);
        store.touch(z.id());
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        Map<String, Object> old = RuleValues.of(before).asMap();
        v.asMap().forEach((k, value) -> {
            if (!java.util.Objects.equals(old.get(k), value)) {
                was.put(k, old.get(k));
                now.put(k, value);
            }
        });
        events.publishEvent(new StaffAction(user.id(), user.username(), z.organisationId(), "zoning.rule.update",
                "zoning_rule", String.valueOf(ruleId), was, with(now, z)));
    }

    @Transactional
    void deleteRule(StaffUser user, long zoningId, long ruleId) {
        Zoning z = draft(user, zoningId);
        ZoningRule before = ruleOf(z, ruleId);
        store.deleteRule(ruleId);
        store.touch(z.id());
        events.publishEvent(new StaffAction(user.id(), user.username(), z.organisationId(), "zoning.rule.delete",
                "zoning_rule", String.valueOf(ruleId), RuleValues.of(before).asMap(), Map.of("zoning", z.id())));
    }

    /** Replaces the draft's rules with the file's, or changes nothing and returns the file's problems. */
    @Transactional
    RuleFile.Result importRules(StaffUser user, long zoningId, String fileName, byte[] bytes) {
        Zoning z = draft(user, zoningId);
        RuleFile.Result result = RuleFile.read(fileName, bytes);
        if (!result.ok()) {
            return result;
        }
        int removed = store.deleteRules(z.id());
        store.insertRules(z.id(), result.rules());
        store.touch(z.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName == null ? "" : fileName);
        after.put("rules", result.rules().size());
        events.publishEvent(new StaffAction(user.id(), user.username(), z.organisationId(), "zoning.import", "zoning",
                String.valueOf(z.id()), Map.of("rules", removed), after));
        return result;
    }

    @Transactional
    void publish(StaffUser user, long zoningId, String title, String url, String version) {
        Zoning z = store.lock(zoningId).orElseThrow(() -> new NotFoundException("zoning", zoningId));
        access.requireRole(user, z.organisationId(), Role.PUBLISHER);
        if (z.published()) {
            throw new ConflictException("zoning.error.published");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String t = RuleChecks.text(title);
        if (t == null || t.length() > TITLE_MAX) {
            errors.put("decisionTitle", t == null ? "zoning.error.decisionTitle" : "zoning.error.tooLong");
        }
        String u = RuleChecks.text(url);
        if (u != null && !httpUrl(u)) {
            errors.put("decisionUrl", "zoning.error.decisionUrl");
        }
        if (z.ruleCount() == 0) {
            errors.put("decisionTitle", "zoning.error.noRules");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!String.valueOf(z.version()).equals(RuleChecks.text(version))
                || !store.publish(z.id(), z.version(), t, u, user.id())) {
            throw new ConflictException("zoning.error.stale");
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), z.organisationId(), "zoning.publish", "zoning",
                String.valueOf(z.id()), Map.of("status", "DRAFT"),
                Map.of("status", "PUBLISHED", "year", z.year(), "decision", t, "rules", z.ruleCount())));
        events.publishEvent(new ZoningPublished(z.organisationId(), z.id(), z.year()));
    }

    static boolean httpUrl(String u) {
        if (u.length() > URL_MAX || !u.matches("https?://[^\\s<>\"]+")) {
            return false;
        }
        try {
            return URI.create(u).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A draft the user may edit, locked for the action. */
    private Zoning draft(StaffUser user, long zoningId) {
        Zoning z = store.lock(zoningId).orElseThrow(() -> new NotFoundException("zoning", zoningId));
        access.requireRole(user, z.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (z.published()) {
            throw new ConflictException("zoning.error.published");
        }
        return z;
    }

    ZoningRule ruleOf(Zoning z, long ruleId) {
        return store.rule(ruleId).filter(r -> r.zoningId() == z.id())
                .orElseThrow(() -> new NotFoundException("zoning rule", ruleId));
    }

    private static RuleValues valid(RuleChecks.Raw raw) {
        RuleChecks.Outcome o = RuleChecks.check(raw);
        if (!o.ok()) {
            throw new InvalidInputException(o.errors());
        }
        return o.values();
    }

    private static Map<String, Object> with(Map<String, Object> m, Zoning z) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.put("zoning", z.id());
        return out;
    }
}
