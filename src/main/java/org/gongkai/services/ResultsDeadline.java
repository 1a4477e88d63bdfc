package org.gongkai.services;

import java.time.LocalDate;
import java.util.List;

/** Whether a drawn plan is past its results deadline with a drawn entity whose result is not yet published. */
final class ResultsDeadline {

    private ResultsDeadline() {
    }

    static boolean overdue(InspectionPlan p, List<DrawnEntity> drawn, LocalDate today) {
        return p.status() == PlanStatus.DRAWN && p.resultsDue() != null && today.isAfter(p.resultsDue())
                && drawn.stream().anyMatch(d -> d.result() == null || d.result().publishedAt() == null);
    }
}
