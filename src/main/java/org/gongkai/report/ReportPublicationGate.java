package org.gongkai.report;

import org.gongkai.document.GateBlocker;
import org.gongkai.document.PublicationGate;
import org.gongkai.identity.Organisation;
import org.gongkai.identity.OrganisationDirectory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holds an annual report back from approval and publication unless its edition is exactly what the report page
 * generated, the figures it was drawn from pass every check (incl. this period's 二 = last period's published 四), and
 * the live data still give the same figures. Other documents pass untouched.
 */
@Component
class ReportPublicationGate implements PublicationGate {

    private final AnnualReportStore store;
    private final AnnualReports reports;
    private final OrganisationDirectory organisations;

    ReportPublicationGate(AnnualReportStore store, AnnualReports reports, OrganisationDirectory organisations) {
        this.store = store;
        this.reports = reports;
        this.organisations = organisations;
    }

    @Override
    public List<GateBlocker> blockers(Check check) {
        Optional<AnnualReport> report = store.byDocument(check.documentId());
        if (report.isEmpty()) {
            return List.of();
        }
        AnnualReport r = report.get();
        Organisation org = organisations.get(r.organisationId());
        ReportPeriod period = ReportPeriod.of(org.kind(), r.year());
        List<String> where = List.of(period.label());
        Optional<Generation> generation = store.generationOf(check.revisionId());
        if (generation.isEmpty()) {
            return List.of(new GateBlocker("report.gate.notGenerated", "report.gate.where", where));
        }
        ReportFigures figures = generation.get().figures();
        List<GateBlocker> blockers = new ArrayList<>();
        Reconciliation checks = Reconciliation.of(figures, reports.previousPublished(r.organisationId(), period));
        for (ReconciliationProblem p : checks.problems()) {
            blockers.add(new GateBlocker("report.gate.reconciliation", p.key(),
                    p.args().stream().map(String::valueOf).toList()));
        }
        if (!AnnualReports.same(figures, reports.live(org, period, r.entered()))) {
            blockers.add(new GateBlocker("report.gate.stale", "report.gate.where", where));
        }
        return blockers;
    }
}
