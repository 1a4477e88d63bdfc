package org.gongkai.report;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.ApplicationFact;
import org.gongkai.application.ReplyOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixture year with known counts gives exactly those numbers in table 三, and the table reconciles. */
class ApplicationsTableTest {

    static final int YEAR = 2025;

    static ApplicationFact fact(ApplicantType type, String received, String replied, ReplyOutcome outcome) {
        return new ApplicationFact(type, LocalDate.parse(received), replied == null ? null : LocalDate.parse(replied), outcome);
    }

    @Test
    void aKnownYearGivesKnownCells() {
        List<ApplicationFact> apps = new ArrayList<>();
        // carried over from 2024, answered in 2025
        apps.add(fact(ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-10", ReplyOutcome.DISCLOSED));
        // carried over from 2024, still open at the end of 2025
        apps.add(fact(ApplicantType.COMMERCIAL, "2024-12-28", null, null));
        // new in 2025
        apps.add(fact(ApplicantType.NATURAL_PERSON, "2025-03-01", "2025-03-20", ReplyOutcome.PARTLY_DISCLOSED));
        apps.add(fact(ApplicantType.NATURAL_PERSON, "2025-04-01", "2025-04-21", ReplyOutcome.WITHHELD_STATE_SECRET));
        apps.add(fact(ApplicantType.RESEARCH, "2025-05-01", "2025-05-20", ReplyOutcome.WITHHELD_PROCESS_INFORMATION));
        apps.add(fact(ApplicantType.LEGAL_SERVICE, "2025-06-01", "2025-06-10", ReplyOutcome.CANNOT_PROVIDE_NOT_HELD));
        apps.add(fact(ApplicantType.PUBLIC_WELFARE, "2025-07-01", "2025-07-02", ReplyOutcome.NOT_HANDLED_REPEATED));
        apps.add(fact(ApplicantType.OTHER, "2025-08-01", "2025-09-01", ReplyOutcome.OTHER_NOT_CORRECTED));
        apps.add(fact(ApplicantType.NATURAL_PERSON, "2025-12-15", "2026-01-05", ReplyOutcome.DISCLOSED)); // answered next year
        apps.add(fact(ApplicantType.NATURAL_PERSON, "2025-12-30", null, null));

        ApplicationsTable t = ComputeApplicationsTable.tabulate(YEAR, apps);

        int person = 0, commercial = 1, research = 2, welfare = 3, legal = 4, other = 5, total = 6;
        assertThat(t.cell("一", person)).isEqualTo(4);
        assertThat(t.cell("一", total)).isEqualTo(8);
        assertThat(t.cell("二", person)).isEqualTo(1);
        assertThat(t.cell("二", commercial)).isEqualTo(1);
        assertThat(t.cell("二", total)).isEqualTo(2);
        assertThat(t.cell("三.（一）", person)).isEqualTo(1);
        assertThat(t.cell("三.（二）", person)).isEqualTo(1);
        assertThat(t.cell("三.（三）.1", person)).isEqualTo(1);
        assertThat(t.cell("三.（三）.6", research)).isEqualTo(1);
        assertThat(t.cell("三.（三）", total)).isEqualTo(2);
        assertThat(t.cell("三.（四）.1", legal)).isEqualTo(1);
        assertThat(t.cell("三.（五）.2", welfare)).isEqualTo(1);
        assertThat(t.cell("三.（六）.1", other)).isEqualTo(1);
        assertThat(t.cell("三.（七）", total)).isEqualTo(7);
        assertThat(t.cell("四", person)).isEqualTo(2);
        assertThat(t.cell("四", commercial)).isEqualTo(1);
        assertThat(t.cell("四", total)).isEqualTo(3);
        assertThat(t.reconciliation()).isEmpty();
    }

    @Test
    void everyOutcomeLandsOnARowOfTheTemplate() {
        List<ApplicationFact> apps = new ArrayList<>();
        for (ReplyOutcome o : ReplyOutcome.values()) {
            apps.add(fact(ApplicantType.NATURAL_PERSON, "2025-02-01", "2025-03-01", o));
        }
        ApplicationsTable t = ComputeApplicationsTable.tabulate(YEAR, apps);
        assertThat(t.cell("三.（七）", 6)).isEqualTo(ReplyOutcome.values().length);
        assertThat(t.reconciliation()).isEmpty();
        assertThat(ApplicationsTable.ROWS).hasSize(2 + 2 + 1 + 8 + 1 + 3 + 1 + 5 + 1 + 3 + 1 + 1);
    }

    @Test
    void aTableThatDoesNotAddUpSaysWhere() {
        ApplicationsTable t = ComputeApplicationsTable.tabulate(YEAR, List.of(
                fact(ApplicantType.NATURAL_PERSON, "2025-02-01", "2025-03-01", ReplyOutcome.DISCLOSED)));
        t.counts().get("一")[0]++;
        assertThat(t.reconciliation()).anyMatch(p -> p.startsWith("自然人：一 + 二 = 2"));
    }
}
