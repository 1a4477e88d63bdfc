package org.gongkai.report;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.identity.Organisation;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deadlines of annual reports: 31 January for the calendar year before, 31 October for a university's academic year.
 * A reminder shows from the end of the period until the report is published, overdue after the deadline.
 */
@Service
class ReportReminders {

    static final int YEARS_LISTED = 6;

    private final AnnualReportStore store;
    private final AnnualReports reports;
    private final PublishedDocuments published;
    private final ReportDuty duty;

    ReportReminders(AnnualReportStore store, AnnualReports reports, PublishedDocuments published, ReportDuty duty) {
        this.store = store;
        this.reports = reports;
        this.published = published;
        this.duty = duty;
    }

    boolean required(Organisation org) {
        return duty.required(org.kind());
    }

    /** A period's report, where it stands and how long is left until its deadline (negative: overdue). */
    record PeriodRow(ReportPeriod period, ReportStatus status, long daysLeft, boolean due) {
        /** Only the latest period's report is a live duty; earlier ones may have been published elsewhere. */
        public boolean overdue() {
            return due && daysLeft < 0 && status != ReportStatus.PUBLISHED;
        }
    }

    record Reminder(ReportPeriod period, ReportStatus status, long daysLeft) {
        public boolean overdue() {
            return daysLeft < 0;
        }
    }

    List<PeriodRow> periodsOf(Organisation org) {
        LocalDate today = reports.today();
        Map<Integer, AnnualReport> saved = store.ofOrganisation(org.id()).stream()
                .collect(Collectors.toMap(AnnualReport::year, Function.identity()));
        List<PeriodRow> rows = new ArrayList<>();
        ReportPeriod p = ReportPeriod.latestEnded(org.kind(), today);
        for (int i = 0; i < YEARS_LISTED && p.year() >= ReportPeriod.FIRST_YEAR; i++) {
            rows.add(row(p, saved.get(p.year()), today, i == 0 && required(org)));
            p = p.previous();
        }
        int oldest = p.year();
        saved.values().stream().filter(r -> r.year() <= oldest).sorted((a, b) -> b.year() - a.year())
                .forEach(r -> rows.add(row(ReportPeriod.of(org.kind(), r.year()), r, today, false)));
        return rows;
    }

    private PeriodRow row(ReportPeriod p, AnnualReport saved, LocalDate today, boolean due) {
        ReportStatus status = saved == null ? ReportStatus.NOT_STARTED : reports.status(saved);
        return new PeriodRow(p, status, ChronoUnit.DAYS.between(today, p.deadline()), due);
    }

    /** The reminder for the latest ended period, unless its report is published or the organisation need not report. */
    Optional<Reminder> reminderFor(Organisation org) {
        if (!required(org)) {
            return Optional.empty();
        }
        LocalDate today = reports.today();
        ReportPeriod p = ReportPeriod.latestEnded(org.kind(), today);
        ReportStatus status = store.find(org.id(), p.year()).map(reports::status).orElse(ReportStatus.NOT_STARTED);
        if (status == ReportStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(new Reminder(p, status, ChronoUnit.DAYS.between(today, p.deadline())));
    }

    /** Where each organisation's report for the year stands, in one pass (for a higher level's overview). */
    Map<Long, ReportStatus> statuses(List<Long> organisationIds, int year) {
        List<AnnualReport> saved = store.ofYear(organisationIds, year);
        var live = published.publishedAmong(saved.stream().map(AnnualReport::documentId)
                .filter(java.util.Objects::nonNull).toList());
        Map<Long, ReportStatus> out = new java.util.HashMap<>();
        organisationIds.forEach(id -> out.put(id, ReportStatus.NOT_STARTED));
        for (AnnualReport r : saved) {
            out.put(r.organisationId(), r.documentId() == null ? ReportStatus.DRAFTING
                    : live.contains(r.documentId()) ? ReportStatus.PUBLISHED : ReportStatus.IN_REVIEW);
        }
        return out;
    }
}
