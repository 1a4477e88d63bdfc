package org.gongkai.budget;

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

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff actions on budgets and final accounts: upload a checked workbook as the draft of an organisation's year
 * and kind (replacing an earlier draft), delete a draft, and publish it with the confidentiality-review statement.
 * Editors and publishers of the organisation upload; only a publisher publishes; a published one is final (V89).
 * Each action is a {@link StaffAction}.
 */
@Service
class BudgetPublications {

    static final int TITLE_MAX = 300;
    static final int EXPLANATION_MAX = 20_000;
    static final int STATEMENT_MAX = 1000;
    static final int FILE_NAME_MAX = 255;
    static final int REASON_MAX = 1000;

    /** What staff fill in beside the file; raw strings as the form sends them. */
    record Upload(String year, String kind, String title, String approvedOn, String explanation,
                  String amendmentReason) {
        static Upload blank() {
            return new Upload("", "", "", "", "", "");
        }
    }

    /** The outcome of an upload: the publication's id, or the workbook's problems (nothing stored). */
    record Uploaded(Long id, BudgetWorkbook.Result workbook) {
    }

    private final BudgetStore store;
    private final PublicationClock clock;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final java.time.Clock time;

    BudgetPublications(BudgetStore store, PublicationClock clock, OrganisationAccess access,
                       ApplicationEventPublisher events, java.time.Clock time) {
        this.store = store;
        this.clock = clock;
        this.access = access;
        this.events = events;
        this.time = time;
    }

    /** The publication, if the user may read its organisation's back office (404 for no such id, 403 for another's). */
    Publication readable(StaffUser user, long id) {
        Publication p = store.find(id).orElseThrow(() -> new NotFoundException("budget", id));
        access.requireRead(user, p.organisationId());
        return p;
    }

    @Transactional
    Uploaded upload(StaffUser user, long organisationId, Upload form, String fileName, byte[] bytes) {
        access.requireRole(user, organisationId, Role.EDITOR, Role.PUBLISHER);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = year(form.year(), errors);
        BudgetKind kind = kind(form.kind(), errors);
        String title = text(form.title());
        if (title == null || title.length() > TITLE_MAX) {
            errors.put("title", title == null ? "budget.error.title" : "budget.error.tooLong");
        }
        LocalDate approved = date(form.approvedOn(), errors);
        String explanation = text(form.explanation());
        if (explanation != null && explanation.length() > EXPLANATION_MAX) {
            errors.put("explanation", "budget.error.tooLong");
        }
        if (bytes == null || bytes.length == 0) {
            errors.put("file", "budget.error.noFile");
        }
        Publication existing = year == null || kind == null ? null
                : store.draft(organisationId, year, kind).orElse(null);
        Publication current = year == null || kind == null ? null
                : store.current(organisationId, year, kind).orElse(null);
        String reason = text(form.amendmentReason());
        if (reason != null && reason.length() > REASON_MAX) {
            errors.put("amendmentReason", "budget.error.tooLong");
        } else if (current != null && existing == null && reason == null) {
            // a published year and kind is corrected only by an amendment that says why
            errors.put("amendmentReason", "budget.error.amendmentReason");
        }
        if (approved != null && approved.isAfter(LocalDate.now(time.withZone(org.gongkai.platform.Zones.CHINA)))) {
            errors.put("approvedOn", "budget.error.approvedFuture");
        } else if (approved != null && year != null && (approved.getYear() < year - 1 || approved.getYear() > year + 1)) {
            errors.put("approvedOn", "budget.error.approvedYear");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BudgetWorkbook.Result result = BudgetWorkbook.read(bytes);
        if (!result.ok()) {
            return new Uploaded(null, result);
        }
        String name = fileName == null ? null : fileName.strip();
        if (name != null && (name.isEmpty() || name.length() > FILE_NAME_MAX)) {
            name = name.isEmpty() ? null : name.substring(0, FILE_NAME_MAX);
        }
        BudgetStore.Values values = new BudgetStore.Values(title, approved, clock.dueOn(approved), name,
                result.summary().incomeTotal(), result.functionalTotal(), explanation, result.economicTotal(),
                result.fundTotal());
        long id;
        Map<String, Object> before = Map.of();
        if (existing == null) {
            id = store.insert(organisationId, year, kind, values, user.id(), current, reason);
        } else {
            id = existing.id();
            before = Map.of("uploadedAt", existing.uploadedAt().toString(), "file", String.valueOf(existing.fileName()));
            store.replaceDraft(id, values, user.id(), reason);
        }
        store.insertRows(id, result, year);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", year);
        after.put("kind", kind.name());
        after.put("file", String.valueOf(name));
        after.put("approvedOn", approved.toString());
        after.put("dueOn", values.dueOn().toString());
        after.put("functionalLines", result.functional().size());
        if (current != null) {
            after.put("amends", current.id());
            after.put("amendmentReason", reason == null ? String.valueOf(existing.amendmentReason()) : reason);
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), organisationId, "budget.upload",
                "budget_publication", String.valueOf(id), before, after));
        return new Uploaded(id, result);
    }

    @Transactional
    void delete(StaffUser user, long id) {
        Publication p = store.lock(id).orElseThrow(() -> new NotFoundException("budget", id));
        access.requireRole(user, p.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (p.published()) {
            throw new ConflictException("budget.error.published");
        }
        store.deleteDraft(id);
        events.publishEvent(new StaffAction(user.id(), user.username(), p.organisationId(), "budget.delete",
                "budget_publication", String.valueOf(id),
                Map.of("year", p.year(), "kind", p.kind().name(), "status", "DRAFT"), Map.of()));
    }

    @Transactional
    void publish(StaffUser user, long id, String statement, String version) {
        Publication p = store.lock(id).orElseThrow(() -> new NotFoundException("budget", id));
        access.requireRole(user, p.organisationId(), Role.PUBLISHER);
        if (p.published()) {
            throw new ConflictException("budget.error.published");
        }
        String s = text(statement);
        if (s == null || s.length() > STATEMENT_MAX) {
            throw InvalidInputException.of("reviewStatement", s == null ? "budget.error.reviewStatement" : "budget.error.tooLong");
        }
        if (!String.valueOf(p.version()).equals(text(version))) {
            throw new ConflictException("budget.error.stale");
        }
        if (p.amendsId() != null) {
            // the version this amendment replaces stays published, marked as superseded (V157)
            store.supersede(p.amendsId());
        }
        if (!store.publish(id, p.version(), s, user.id())) {
            throw new ConflictException("budget.error.stale");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", "PUBLISHED");
        after.put("year", p.year());
        after.put("kind", p.kind().name());
        after.put("dueOn", p.dueOn().toString());
        after.put("reviewStatement", s);
        if (p.amendsId() != null) {
            after.put("amendment", p.amendment());
            after.put("supersedes", p.amendsId());
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), p.organisationId(), "budget.publish",
                "budget_publication", String.valueOf(id), Map.of("status", "DRAFT"), after));
        events.publishEvent(new SiteContentChanged(p.organisationId()));
    }

    private static Integer year(String raw, Map<String, String> errors) {
        String t = text(raw);
        try {
            int y = Integer.parseInt(t == null ? "" : t);
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put("year", "budget.error.year");
        return null;
    }

    private static BudgetKind kind(String raw, Map<String, String> errors) {
        try {
            return BudgetKind.valueOf(text(raw) == null ? "" : text(raw));
        } catch (IllegalArgumentException e) {
            errors.put("kind", "budget.error.kind");
            return null;
        }
    }

    private static LocalDate date(String raw, Map<String, String> errors) {
        String t = text(raw);
        try {
            if (t != null) {
                return LocalDate.parse(t);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.put("approvedOn", "budget.error.approvedOn");
        return null;
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
