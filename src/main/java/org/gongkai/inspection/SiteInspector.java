package org.gongkai.inspection;

import org.gongkai.catalog.CatalogColumns;
import org.gongkai.document.ColumnActivity;
import org.gongkai.platform.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inspects sites as of today in Beijing. Set-based: any number of organisations cost the same few queries (their
 * catalog columns, the activity of their public documents per column, and, once a questions feature exists, their
 * overdue questions).
 */
@Service
class SiteInspector {

    /** The most documents dated after today that one dashboard lists. */
    static final int MAX_LISTED_DOCUMENTS = 100;

    private final CatalogColumns catalogColumns;
    private final ColumnActivity activity;
    private final ObjectProvider<QuestionBacklog> questions;
    private final InspectionSettings settings;
    private final Clock clock;
    private List<OverduePublications> publications = List.of();

    SiteInspector(CatalogColumns catalogColumns, ColumnActivity activity, ObjectProvider<QuestionBacklog> questions,
                  InspectionSettings settings, Clock clock) {
        this.catalogColumns = catalogColumns;
        this.activity = activity;
        this.questions = questions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The modules that owe publications by a deadline (budgets…); none by default. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setPublications(List<OverduePublications> publications) {
        this.publications = List.copyOf(publications);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.CHINA));
    }

    InspectionSettings settings() {
        return settings;
    }

    /** The organisation's site, with everything there is to fix on it. */
    Dashboard dashboard(long organisationId) {
        SiteInspection site = inspect(List.of(organisationId)).get(organisationId);
        QuestionBacklog backlog = questions.getIfUnique();
        List<QuestionBacklog.Unanswered> overdue = backlog == null ? List.of()
                : backlog.unansweredSince(organisationId, site.today().minus(Indicators.QUESTIONS));
        List<ColumnActivity.DatedDocument> future = site.datedAfterToday() == 0 ? List.of()
                : activity.datedAfter(organisationId, site.today(), MAX_LISTED_DOCUMENTS);
        List<FixItem> fixes = new ArrayList<>(fixes(site, future, overdue));
        for (OverduePublications module : publications) {
            for (OverduePublications.Overdue o : module.overdue(organisationId, site.today())) {
                fixes.add(new FixItem(FixItem.Kind.PUBLICATION, 1, o.subject(), o.problemKey(), o.args(), null,
                        o.dueOn(), true, null, null, o.adminPath()));
            }
        }
        fixes.sort(Comparator.comparingInt(FixItem::urgency)
                .thenComparing(FixItem::deadline, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Dashboard(site, fixes);
    }

    /** The site and the list of what to fix on it, most urgent first. */
    record Dashboard(SiteInspection site, List<FixItem> fixes) {
    }

    /** Each organisation's site, by organisation id, in the order given. */
    Map<Long, SiteInspection> inspect(List<Long> organisationIds) {
        LocalDate today = today();
        Map<Long, List<CatalogColumns.Column>> columnsOf = new HashMap<>();
        for (CatalogColumns.Column c : catalogColumns.of(organisationIds)) {
            columnsOf.computeIfAbsent(c.node().organisationId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, Map<Long, ColumnActivity.Activity>> byNode = new HashMap<>();
        Map<Long, Totals> totals = new HashMap<>();
        for (ColumnActivity.Activity a : activity.of(organisationIds, today)) {
            if (a.catalogNodeId() != null) {
                byNode.computeIfAbsent(a.organisationId(), k -> new HashMap<>()).put(a.catalogNodeId(), a);
            }
            totals.computeIfAbsent(a.organisationId(), k -> new Totals()).add(a);
        }
        QuestionBacklog backlog = questions.getIfUnique();
        Map<Long, Long> overdue = backlog == null ? null
                : backlog.countUnansweredSince(organisationIds, today.minus(Indicators.QUESTIONS));
        Map<Long, SiteInspection> sites = new LinkedHashMap<>();
        for (long org : organisationIds) {
            Map<Long, ColumnActivity.Activity> nodes = byNode.getOrDefault(org, Map.of());
            List<ColumnCheck> columns = columnsOf.getOrDefault(org, List.of()).stream()
                    .map(c -> ColumnCheck.of(c, nodes.get(c.node().id()), today, settings.longStale())).toList();
            Totals t = totals.getOrDefault(org, new Totals());
            sites.put(org, new SiteInspection(org, today, settings.longStale(), t.newest, t.documents, columns,
                    t.withoutOwnDate, t.datedAfterToday, overdue == null ? null : overdue.getOrDefault(org, 0L)));
        }
        return sites;
    }

    /**
     * What to fix, most urgent first: what fails a veto on its own (the home page, an overdue question), then stale
     * columns by how long they have been overdue, empty columns, documents dated after today, and last the deadlines
     * coming within the due-soon period.
     */
    List<FixItem> fixes(SiteInspection site, List<ColumnActivity.DatedDocument> datedAfterToday,
                        List<QuestionBacklog.Unanswered> overdueQuestions) {
        LocalDate today = site.today();
        LocalDate soon = today.plus(settings.dueSoon());
        List<FixItem> items = new ArrayList<>();
        LocalDate homeDeadline = site.homePageDeadline();
        if (site.homePage() == Verdict.FAILED) {
            items.add(new FixItem(FixItem.Kind.HOME_PAGE, 0, null,
                    homeDeadline == null ? "inspection.fix.homePage.none" : "inspection.fix.homePage.overdue", List.of(),
                    site.homePageUpdated(), homeDeadline, homeDeadline != null, null, null, null));
        } else if (!homeDeadline.isAfter(soon)) {
            items.add(new FixItem(FixItem.Kind.HOME_PAGE, 4, null, "inspection.fix.homePage.soon", List.of(),
                    site.homePageUpdated(), homeDeadline, false, null, null, null));
        }
        for (QuestionBacklog.Unanswered q : overdueQuestions) {
            LocalDate deadline = q.receivedOn().plus(Indicators.QUESTIONS);
            items.add(new FixItem(FixItem.Kind.QUESTION, 0, q.subject(), "inspection.fix.question", List.of(),
                    q.receivedOn(), deadline, true, null, null, q.adminPath()));
        }
        for (ColumnCheck c : site.columns()) {
            String kind = c.node().columnKind().name();
            if (c.empty()) {
                items.add(new FixItem(FixItem.Kind.EMPTY_COLUMN, 2, c.pathText(), "inspection.fix.empty", List.of(),
                        null, null, false, c.node().id(), null, null));
            } else if (c.stale() || c.longStale()) {
                String key = c.stale() ? "inspection.fix.stale." + kind : "inspection.fix.longStale";
                items.add(new FixItem(FixItem.Kind.COLUMN, 1, c.pathText(), key, List.of(site.longStalePeriod()),
                        c.lastUpdate(), c.deadline(), c.deadline() != null, c.node().id(), null, null));
            } else if (c.dueBy(soon)) {
                String key = c.period() != null && c.deadline().equals(c.lastUpdate().plus(c.period()))
                        ? "inspection.fix.soon." + kind : "inspection.fix.longSoon";
                items.add(new FixItem(FixItem.Kind.COLUMN, 4, c.pathText(), key, List.of(site.longStalePeriod()),
                        c.lastUpdate(), c.deadline(), false, c.node().id(), null, null));
            }
        }
        for (ColumnActivity.DatedDocument d : datedAfterToday) {
            items.add(new FixItem(FixItem.Kind.DATED_AFTER_TODAY, 3, d.title(), "inspection.fix.datedAfter",
                    List.of(d.shownDate()), null, null, false, d.catalogNodeId(), d.documentId(), null));
        }
        items.sort(Comparator.comparingInt(FixItem::urgency)
                .thenComparing(FixItem::deadline, Comparator.nullsFirst(Comparator.naturalOrder())));
        return items;
    }

    /** Sums over all of one organisation's public documents, whatever node they are filed under. */
    private static final class Totals {
        long documents;
        long withoutOwnDate;
        long datedAfterToday;
        LocalDate newest;

        void add(ColumnActivity.Activity a) {
            documents += a.documents();
            withoutOwnDate += a.withoutOwnDate();
            datedAfterToday += a.datedAfterToday();
            if (a.newest() != null && (newest == null || a.newest().isAfter(newest))) {
                newest = a.newest();
            }
        }
    }
}
