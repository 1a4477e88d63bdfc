package org.gongkai.report;

import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What a higher level sees: the sum of the tables of every organisation below it (and its own), computed from the
 * live data over its own period, and where each subordinate's report stands.
 */
@Service
class RollUp {

    private final ComputeAnnualReport compute;
    private final AnnualReportStore store;
    private final ReportReminders reminders;
    private final OrganisationDirectory organisations;

    RollUp(ComputeAnnualReport compute, AnnualReportStore store, ReportReminders reminders,
           OrganisationDirectory organisations) {
        this.compute = compute;
        this.store = store;
        this.reminders = reminders;
        this.organisations = organisations;
    }

    /** One subordinate with its report's status and deadline for the year. */
    record Subordinate(Organisation organisation, ReportPeriod period, ReportStatus status, boolean overdue) {
    }

    record Result(ReportFigures figures, List<Subordinate> subordinates, long published) {
    }

    Result of(Organisation top, ReportPeriod period, java.time.LocalDate today) {
        List<Organisation> tree = organisations.subtree(top.id());
        List<Long> ids = tree.stream().map(Organisation::id).toList();
        EnteredFigures entered = ComputeAnnualReport.sum(store.ofYear(ids, period.year()).stream()
                .map(AnnualReport::entered).toList());
        ReportFigures figures = compute.compute(top.name(), ids, period, entered);
        Map<Long, ReportStatus> statuses = reminders.statuses(ids, period.year());
        List<Subordinate> subordinates = tree.stream().filter(o -> o.id() != top.id())
                .filter(reminders::required).map(o -> {
            ReportPeriod own = ReportPeriod.of(o.kind(), period.year());
            ReportStatus status = statuses.get(o.id());
            return new Subordinate(o, own, status, status != ReportStatus.PUBLISHED && today.isAfter(own.deadline()));
        }).sorted(Comparator.comparing((Subordinate s) -> s.status() == ReportStatus.PUBLISHED)
                .thenComparing(s -> !s.overdue())).toList();
        long published = subordinates.stream().filter(s -> s.status() == ReportStatus.PUBLISHED).count();
        return new Result(figures, subordinates, published);
    }
}
