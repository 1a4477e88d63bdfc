package org.gongkai.university;

import org.gongkai.calendar.DeadlineCalculator;
import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.OrganisationDirectory;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The staff action on a board: record, for one item of the university's list, what satisfies it (a column of its own
 * catalog, its own documents), the responsible office, or why it does not apply, and the day its information was last
 * made or changed, which starts the item's clock of 20 working days ({@link #CLOCK_WORKING_DAYS}). Editors,
 * publishers and the disclosure officer of the university save; each save is a {@link StaffAction}.
 */
@Service
class BoardEditing {

    /** 教办函〔2014〕23号 二: within 20 working days of being made or obtained, or of a change. */
    static final int CLOCK_WORKING_DAYS = 20;
    static final int OFFICE_MAX = 100;
    static final int REASON_MAX = 500;
    static final int DOCUMENTS_MAX = 20;

    /** What the form sends, as raw strings. */
    record ItemForm(String office, String column, String documents, String changedOn, String notApplicable,
                    String notApplicableReason, String version) {

        static ItemForm of(BoardEntry e) {
            if (e == null) {
                return new ItemForm("", "", "", "", "", "", "");
            }
            return new ItemForm(nz(e.office()), e.catalogNodeId() == null ? "" : e.catalogNodeId().toString(),
                    String.join(", ", e.documentIds().stream().map(String::valueOf).toList()),
                    e.changedOn() == null ? "" : e.changedOn().toString(), e.notApplicable() ? "true" : "",
                    nz(e.notApplicableReason()), String.valueOf(e.version()));
        }

        public boolean notApplicableChecked() {
            return "true".equals(notApplicable);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    private final DisclosureList list;
    private final BoardStore store;
    private final CatalogTree catalog;
    private final DeadlineCalculator deadlines;
    private final OrganisationAccess access;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Boards boards;

    BoardEditing(DisclosureList list, BoardStore store, CatalogTree catalog, DeadlineCalculator deadlines,
                 OrganisationAccess access, OrganisationDirectory organisations, ApplicationEventPublisher events,
                 Boards boards) {
        this.list = list;
        this.store = store;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.boards = boards;
    }

    /** The university whose board the user may read (404 unless it is a university; 403 when outside their reach). */
    Organisation readable(StaffUser user, long organisationId) {
        Organisation org = organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation", organisationId));
        access.requireRead(user, org.id());
        if (!Boards.isUniversity(org)) {
            throw new NotFoundException("disclosure board", organisationId);
        }
        return org;
    }

    DisclosureList.Item item(int no) {
        return list.item(no).orElseThrow(() -> new NotFoundException("disclosure list item", no));
    }

    static boolean canEdit(OrganisationAccess access, StaffUser user, long organisationId) {
        return access.canEdit(user, organisationId)
                && user.hasAny(Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
    }

    /** The day an item's clock runs out when its information was made or changed on {@code changedOn}. */
    LocalDate dueOn(LocalDate changedOn) {
        return deadlines.deadline(changedOn, CLOCK_WORKING_DAYS).due();
    }

    @Transactional
    long save(StaffUser user, long organisationId, int itemNo, ItemForm form) {
        Organisation org = readable(user, organisationId);
        access.requireRole(user, org.id(), Role.EDITOR, Role.PUBLISHER, Role.DISCLOSURE_OFFICER);
        DisclosureList.Item item = item(itemNo);
        Map<String, String> errors = new LinkedHashMap<>();
        boolean notApplicable = form.notApplicableChecked();
        String office = text(form.office());
        if (office != null && office.length() > OFFICE_MAX) {
            errors.put("office", "uniboard.error.tooLong");
        } else if (office == null && !notApplicable) {
            errors.put("office", "uniboard.error.office");
        }
        String reason = text(form.notApplicableReason());
        if (reason != null && reason.length() > REASON_MAX) {
            errors.put("notApplicableReason", "uniboard.error.tooLong");
        } else if (notApplicable && reason == null) {
            errors.put("notApplicableReason", "uniboard.error.reason");
        }
        Long column = column(org.id(), form.column(), errors);
        List<Long> docs = documents(org.id(), form.documents(), errors);
        LocalDate changed = changedOn(form.changedOn(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BoardStore.Values values = new BoardStore.Values(column, office, notApplicable, notApplicable ? reason : null,
                changed, changed == null ? null : dueOn(changed), docs);
        BoardEntry before = store.lock(org.id(), itemNo).orElse(null);
        long id;
        if (before == null) {
            id = store.insert(org.id(), itemNo, values, user.id());
        } else {
            id = before.id();
            if (!String.valueOf(before.version()).equals(text(form.version()))
                    || !store.update(id, before.version(), values, user.id())) {
                throw new ConflictException("uniboard.error.stale");
            }
        }
        events.publishEvent(new StaffAction(user.id(), user.username(), org.id(), "uniboard.save", "uni_board_item",
                String.valueOf(id), before == null ? Map.of() : audited(before.catalogNodeId(), before.office(),
                before.notApplicable(), before.changedOn(), before.dueOn(), before.documentIds(), item),
                audited(column, office, notApplicable, changed, values.dueOn(), docs, item)));
        events.publishEvent(new SiteContentChanged(org.id()));
        return id;
    }

    private static Map<String, Object> audited(Long column, String office, boolean na, LocalDate changed, LocalDate due,
                                               List<Long> docs, DisclosureList.Item item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("item", item.no());
        m.put("column", String.valueOf(column));
        m.put("office", String.valueOf(office));
        m.put("notApplicable", na);
        m.put("changedOn", String.valueOf(changed));
        m.put("dueOn", String.valueOf(due));
        m.put("documents", docs.toString());
        return m;
    }

    private Long column(long orgId, String raw, Map<String, String> errors) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        try {
            long id = Long.parseLong(t);
            CatalogNode node = catalog.find(id).orElse(null);
            if (node != null && node.organisationId() == orgId) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        errors.put("column", "uniboard.error.column");
        return null;
    }

    private List<Long> documents(long orgId, String raw, Map<String, String> errors) {
        String t = text(raw);
        if (t == null) {
            return List.of();
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (String part : t.split("[\\s,，;；、]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(part));
            } catch (NumberFormatException e) {
                errors.put("documents", "uniboard.error.documents");
                return List.of();
            }
        }
        if (ids.size() > DOCUMENTS_MAX) {
            errors.put("documents", "uniboard.error.tooManyDocuments");
            return List.of();
        }
        List<Long> own = store.ownDocuments(orgId, new ArrayList<>(ids));
        if (own.size() != ids.size()) {
            errors.put("documents", "uniboard.error.documents");
            return List.of();
        }
        return List.copyOf(ids);
    }

    private LocalDate changedOn(String raw, Map<String, String> errors) {
        String t = text(raw);
        if (t == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.isAfter(boards.today())) {
                errors.put("changedOn", "uniboard.error.changedFuture");
            } else if (d.getYear() < 2000) {
                errors.put("changedOn", "uniboard.error.changedOn");
            } else {
                return d;
            }
        } catch (DateTimeParseException e) {
            errors.put("changedOn", "uniboard.error.changedOn");
        }
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
