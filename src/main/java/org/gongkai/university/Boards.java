package org.gongkai.university;

import org.gongkai.catalog.CatalogNode;
import org.gongkai.catalog.CatalogTree;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationKind;
import org.gongkai.platform.Zones;
import org.gongkai.report.PublishedReport;
import org.gongkai.report.PublishedReports;
import org.gongkai.report.ReportPeriod;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a university's board from what it recorded and what is public today. An item is satisfied only by what the
 * public can read: a published document it names, a published document in its column (or a column below it), and
 * for the annual-report item the platform's published annual reports. The last update is the newest 发布日期 among
 * them. A recorded change whose clock has run out without a later publication is overdue.
 */
@Service
class Boards {

    private final DisclosureList list;
    private final BoardStore store;
    private final CatalogTree catalog;
    private final PublishedDocuments documents;
    private final PublishedReports reports;
    private final Clock clock;

    Boards(DisclosureList list, BoardStore store, CatalogTree catalog, PublishedDocuments documents,
           PublishedReports reports, Clock clock) {
        this.list = list;
        this.store = store;
        this.catalog = catalog;
        this.documents = documents;
        this.reports = reports;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    static boolean isUniversity(Organisation o) {
        return o.kind() == OrganisationKind.UNIVERSITY;
    }

    /** The board as staff see it (with the documents named but not public). */
    Board forStaff(Organisation university, LocalDate today) {
        return compute(university, today, true);
    }

    /** The board as the public sees it: nothing that is not published. */
    Board forPublic(Organisation university, LocalDate today) {
        return compute(university, today, false);
    }

    private Board compute(Organisation org, LocalDate today, boolean staff) {
        Map<Integer, BoardEntry> entries = store.entries(org.id());
        Map<Long, CatalogNode> nodes = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        for (CatalogTree.Entry e : catalog.nodesOf(org.id())) {
            nodes.put(e.node().id(), e.node());
            if (e.node().parentId() != null) {
                children.computeIfAbsent(e.node().parentId(), k -> new ArrayList<>()).add(e.node().id());
            }
        }
        Map<Long, Long> counts = documents.countsByColumn(org.id());
        List<Long> named = entries.values().stream().flatMap(e -> e.documentIds().stream()).distinct().toList();
        Map<Long, PublishedDocument> published = new HashMap<>();
        documents.findAll(named).stream().filter(d -> !d.withdrawn() && d.organisationId() == org.id())
                .forEach(d -> published.put(d.documentId(), d));
        List<PublishedReport> ownReports = reports.of(List.of(org.id()));

        List<Board.Section> sections = new ArrayList<>();
        for (DisclosureList.Category c : list.categories()) {
            List<BoardRow> rows = new ArrayList<>();
            for (DisclosureList.Item item : c.items()) {
                rows.add(row(item, entries.get(item.no()), nodes, children, counts, published, ownReports, today, staff));
            }
            sections.add(new Board.Section(c, List.copyOf(rows)));
        }
        return new Board(org, List.copyOf(sections));
    }

    private BoardRow row(DisclosureList.Item item, BoardEntry e, Map<Long, CatalogNode> nodes,
                         Map<Long, List<Long>> children, Map<Long, Long> counts, Map<Long, PublishedDocument> published,
                         List<PublishedReport> ownReports, LocalDate today, boolean staff) {
        CatalogNode column = e == null || e.catalogNodeId() == null ? null : nodes.get(e.catalogNodeId());
        List<PublishedDocument> docs = e == null ? List.of()
                : e.documentIds().stream().map(published::get).filter(java.util.Objects::nonNull).toList();
        List<Long> hidden = e == null || !staff ? List.of()
                : e.documentIds().stream().filter(id -> !published.containsKey(id)).toList();
        List<PublishedReport> itemReports = item.clock() == ItemClock.ANNUAL_REPORT ? ownReports : List.of();

        LocalDate last = null;
        for (PublishedDocument d : docs) {
            last = max(last, d.shownPublishDate());
        }
        boolean inColumn = false;
        if (column != null) {
            List<Long> subtree = subtree(column.id(), children);
            inColumn = subtree.stream().anyMatch(id -> counts.getOrDefault(id, 0L) > 0);
            if (inColumn) {
                last = max(last, documents.inColumns(subtree, 1, 1, PublishedDocuments.ListOrder.NEWEST).items()
                        .stream().findFirst().map(PublishedDocument::shownPublishDate).orElse(null));
            }
        }
        for (PublishedReport r : itemReports) {
            last = max(last, r.publishedAt().atZone(Zones.CHINA).toLocalDate());
        }
        boolean satisfied = !docs.isEmpty() || inColumn || !itemReports.isEmpty();

        ItemStatus status;
        LocalDate due = e == null ? null : e.dueOn();
        LocalDate changed = e == null ? null : e.changedOn();
        boolean late = false;
        if (e != null && e.notApplicable()) {
            status = ItemStatus.NOT_APPLICABLE;
        } else if (item.clock() == ItemClock.ANNUAL_REPORT) {
            ReportPeriod period = ReportPeriod.latestEnded(OrganisationKind.UNIVERSITY, today);
            due = period.deadline();
            PublishedReport forPeriod = itemReports.stream().filter(r -> r.year() == period.year()).findFirst().orElse(null);
            boolean current = forPeriod != null || (last != null && last.isAfter(period.to()));
            if (current) {
                status = ItemStatus.CURRENT;
                late = forPeriod != null && forPeriod.publishedAt().atZone(Zones.CHINA).toLocalDate().isAfter(due);
            } else if (today.isAfter(due)) {
                status = ItemStatus.OVERDUE;
            } else {
                status = satisfied ? ItemStatus.PENDING : ItemStatus.MISSING;
            }
        } else if (changed != null && (last == null || last.isBefore(changed))) {
            status = today.isAfter(due) ? ItemStatus.OVERDUE : ItemStatus.PENDING;
        } else if (!satisfied) {
            status = ItemStatus.MISSING;
        } else {
            status = ItemStatus.CURRENT;
            late = due != null && last != null && last.isAfter(due);
        }
        // the public sees a column only once something in it is published
        return new BoardRow(item, e != null, staff || inColumn ? column : null, docs, itemReports, e == null ? null : e.office(),
                e == null ? null : e.notApplicableReason(), changed, due, last, status, late, satisfied, hidden);
    }

    private static List<Long> subtree(long id, Map<Long, List<Long>> children) {
        List<Long> out = new ArrayList<>();
        java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            long n = todo.pop();
            out.add(n);
            Collection<Long> below = children.getOrDefault(n, List.of());
            todo.addAll(below);
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
