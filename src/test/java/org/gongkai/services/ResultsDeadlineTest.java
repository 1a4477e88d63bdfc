package org.gongkai.services;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A drawn plan is flagged once its results deadline has passed with a drawn entity's result still unpublished. */
class ResultsDeadlineTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    static InspectionPlan plan(PlanStatus status, LocalDate due) {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        return new InspectionPlan(1, 1, "计划", null, 2500, 2, "来源", t, due, status, "a".repeat(64), "b".repeat(64),
                8, 4, t, "1", "1./", t, t, 0);
    }

    static DrawnEntity entity(Instant publishedAt, boolean withResult) {
        RegisteredEntity e = new RegisteredEntity(1, "A1", "甲校", null, null, null);
        InspectionResult r = withResult ? new InspectionResult(1, DUE, ResultOutcome.NO_PROBLEM, null, null, null, publishedAt) : null;
        return new DrawnEntity(1, e, List.of(), r);
    }

    @Test
    void flaggedOnlyAfterTheDeadlineWithAResultMissing() {
        List<DrawnEntity> missing = List.of(entity(null, false));
        List<DrawnEntity> unpublished = List.of(entity(null, true));
        List<DrawnEntity> published = List.of(entity(Instant.now(), true));
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.DRAWN, DUE), missing, DUE)).as("on the day").isFalse();
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.DRAWN, DUE), missing, DUE.plusDays(1))).isTrue();
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.DRAWN, DUE), unpublished, DUE.plusDays(1))).isTrue();
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.DRAWN, DUE), published, DUE.plusDays(1))).isFalse();
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.DRAWN, null), missing, DUE.plusDays(1))).isFalse();
        assertThat(ResultsDeadline.overdue(plan(PlanStatus.FROZEN, DUE), List.of(), DUE.plusDays(1))).isFalse();
    }
}
