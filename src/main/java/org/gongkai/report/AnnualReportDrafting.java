package org.gongkai.report;

import org.gongkai.identity.StaffUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and generating a report without the page (the demo content uses it): the same checks, audit and document
 * as the report page. The document is left as a draft for review.
 */
@Service
public class AnnualReportDrafting {

    private final AnnualReports reports;
    private final AnnualReportStore store;
    private final GenerateReportDocument generate;

    AnnualReportDrafting(AnnualReports reports, AnnualReportStore store, GenerateReportDocument generate) {
        this.reports = reports;
        this.store = store;
        this.generate = generate;
    }

    /** Saves the written sections (entered counts zero) and generates the draft; returns the document's id. */
    @Transactional
    public long draft(StaffUser editor, long organisationId, int year, Narratives text, long catalogNodeId) {
        int version = store.find(organisationId, year).map(AnnualReport::lockVersion).orElse(0);
        reports.save(editor, organisationId, year, new ReportForm(text.overview(), text.problems(), text.otherMatters(),
                "0", "0", "0", "0", Long.toString(catalogNodeId), Integer.toString(version)));
        return generate.generate(editor, organisationId, year, version + 1);
    }
}
