package org.gongkai.report;

import org.gongkai.identity.Organisation;

import java.util.Optional;

/**
 * Everything the report page shows: the organisation and period, what staff saved, the live figures with their
 * checks, the last generated document, and whether the live figures still equal what was generated.
 */
record ReportState(Organisation organisation, ReportPeriod period, AnnualReport report, ReportFigures live,
                   Reconciliation reconciliation, Optional<Generation> latest, boolean upToDate, ReportStatus status) {
}
