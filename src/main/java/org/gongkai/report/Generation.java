package org.gongkai.report;

import java.time.Instant;

/** One generation of a report's document: the revision it produced and the figures it was drawn from. */
record Generation(long id, long reportId, long revisionId, ReportFigures figures, boolean reconciled,
                  Instant generatedAt) {
}
