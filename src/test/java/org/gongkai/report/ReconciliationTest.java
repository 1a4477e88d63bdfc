package org.gongkai.report;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.ReplyOutcome;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.KindCount;
import org.gongkai.identity.OrganisationKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.report.ApplicationsTableTest.fact;

/** Each check of the template names what does not add up; a computed table passes them all. */
class ReconciliationTest {

    static ReportFigures figures(ApplicationsTable t) {
        return new ReportFigures("测试局", ReportPeriod.of(OrganisationKind.COUNTY, 2025),
                new ProactiveTable(new KindCount(DocumentKind.RULE, 0, 0, 0), new KindCount(DocumentKind.NORMATIVE, 1, 0, 1),
                        EnteredFigures.NONE), t, ChallengesTable.of(List.of()));
    }

    static ApplicationsTable table() {
        return ComputeApplicationsTable.tabulate(2025, List.of(
                fact(ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-10", ReplyOutcome.DISCLOSED),
                fact(ApplicantType.COMMERCIAL, "2025-03-01", "2025-03-20", ReplyOutcome.WITHHELD_STATE_SECRET),
                fact(ApplicantType.NATURAL_PERSON, "2025-12-30", null, null)));
    }

    @Test
    void aComputedTablePasses() {
        Reconciliation r = Reconciliation.of(figures(table()), Optional.empty());
        assertThat(r.passes()).isTrue();
        assertThat(r.previousChecked()).isFalse();
    }

    @Test
    void subRowsThatDoNotAddUpToTheirRowAreNamed() {
        ApplicationsTable t = table();
        t.counts().get("三.（三）.2")[1]++;
        t.counts().get("三.（三）.2")[6]++;
        assertThat(Reconciliation.of(figures(t), Optional.empty()).problems())
                .extracting(ReconciliationProblem::key).containsExactly("report.check.subRows", "report.check.subRows");
    }

    @Test
    void aTotalColumnThatIsNotTheSumIsNamed() {
        ApplicationsTable t = table();
        t.counts().get("三.（一）")[6]++;
        t.counts().get("三.（七）")[6]++;
        t.counts().get("一")[6]++;
        assertThat(Reconciliation.of(figures(t), Optional.empty()).problems()).extracting(ReconciliationProblem::key)
                .contains("report.check.totalColumn").doesNotContain("report.check.balance", "report.check.total");
    }

    @Test
    void thisYearsCarriedInMustEqualLastYearsPublishedCarriedOut() {
        ApplicationsTable last = ComputeApplicationsTable.tabulate(2024, List.of(
                fact(ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-10", ReplyOutcome.DISCLOSED)));
        assertThat(Reconciliation.of(figures(table()), Optional.of(last)).passes()).isTrue();
        ApplicationsTable none = ComputeApplicationsTable.tabulate(2024, List.of());
        Reconciliation r = Reconciliation.of(figures(table()), Optional.of(none));
        assertThat(r.problems()).extracting(ReconciliationProblem::key).containsOnly("report.check.carried");
        assertThat(r.problems().get(0).args()).containsExactly("自然人", 1L, 0L);
        assertThat(r.previousChecked()).isTrue();
    }
}
