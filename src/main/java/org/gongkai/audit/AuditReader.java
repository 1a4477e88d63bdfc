package org.gongkai.audit;

import org.gongkai.platform.audit.StaffAction;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.web.ForbiddenException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an audit administrator may read: entries of their organisation and those below it, plus entries without
 * an organisation when they sit at a root. Nobody else reads the log (三员分立). Reads are themselves recorded,
 * since the auditor's own operations must be auditable too.
 */
@Service
class AuditReader {

    static final int PAGE_SIZE = 50;

    private final AuditEntries entries;
    private final OrganisationDirectory directory;
    private final ApplicationEventPublisher events;
    private final AuditChainVerifier verifier;

    AuditReader(AuditEntries entries, OrganisationDirectory directory, ApplicationEventPublisher events,
                AuditChainVerifier verifier) {
        this.entries = entries;
        this.verifier = verifier;
        this.directory = directory;
        this.events = events;
    }

    /** The auditor's reach: the organisations they may read (in tree order) and whether system entries too. */
    record Scope(List<Organisation> organisations, boolean system) {
        Map<Long, String> names() {
            Map<Long, String> names = new LinkedHashMap<>();
            organisations.forEach(o -> names.put(o.id(), o.name()));
            return names;
        }
    }

    record Page(List<AuditEntry> entries, int page, int pages, long total) {
    }

    Scope scope(StaffUser user) {
        requireAuditor(user);
        // ancestry, not Organisation.parentId(): OrganisationDirectory.map reports a root's parent as 0, not null
        boolean root = directory.ancestry(user.organisationId()).size() == 1;
        return new Scope(directory.subtree(user.organisationId()), root);
    }

    Page search(StaffUser user, AuditFilter filter, int page) {
        Scope scope = scope(user);
        AuditQuery query = query(scope, filter);
        long total = entries.countMatching(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        List<AuditEntry> found = entries.search(query, (current - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Object> read = new LinkedHashMap<>(filter.used());
        read.put("page", current);
        record(user, "audit.search", null, read);
        return new Page(found, current, pages, total);
    }

    AuditEntry entry(StaffUser user, long id) {
        Scope scope = scope(user);
        AuditEntry entry = entries.find(id).orElseThrow(() -> new NotFoundException("audit entry", id));
        boolean visible = entry.organisationId() == null ? scope.system()
                : scope.names().containsKey(entry.organisationId());
        if (!visible) {
            throw new ForbiddenException("access.org.read");
        }
        record(user, "audit.view", String.valueOf(id), Map.of());
        return entry;
    }

    AuditChainVerifier.Result verify(StaffUser user) {
        requireAuditor(user);
        AuditChainVerifier.Result result = verifier.verify();
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("intact", result.intact());
        outcome.put("checked", result.checked());
        if (!result.intact()) {
            outcome.put("firstBrokenId", result.firstBrokenId());
            outcome.put("problem", result.problem().name());
        }
        record(user, "audit.verify", null, outcome);
        return result;
    }

    /** Staff read times in Beijing time, whatever the server's zone. */
    ZoneId zone() {
        return Zones.CHINA;
    }

    private AuditQuery query(Scope scope, AuditFilter f) {
        List<Long> orgs = new ArrayList<>(scope.names().keySet());
        boolean system = scope.system();
        if (AuditFilter.SYSTEM.equals(f.org())) {
            if (!system) {
                throw new ForbiddenException("access.org.read");
            }
            orgs = List.of();
        } else if (f.org() != null) {
            long id = Long.parseLong(f.org()); // not a number: IllegalArgumentException, answered with 400
            if (!orgs.contains(id)) {
                throw new ForbiddenException("access.org.read");
            }
            orgs = List.of(id);
            system = false;
        }
        ZoneId zone = zone();
        return new AuditQuery(orgs, system, f.actor(), f.action(),
                f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static void requireAuditor(StaffUser user) {
        if (!user.has(Role.AUDIT_ADMIN)) {
            throw new ForbiddenException("audit.forbidden");
        }
    }

    private void record(StaffUser user, String action, String targetId, Map<String, Object> after) {
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), action, "audit_entry",
                targetId, Map.of(), after));
    }
}
