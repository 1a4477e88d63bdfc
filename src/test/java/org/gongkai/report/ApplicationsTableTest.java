package org.gongkai.report;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.ApplicationFact;
import org.gongkai.application.ApplicationTally;
import org.gongkai.application.ReplyOutcome;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fixture year with known counts gives exactly those numbers in table 三, and the table reconciles. */
class ApplicationsTableTest {

    static final int YEAR = 2025;

    static ApplicationFact fact(ApplicantType type, String received, String replied, ReplyOutcome outcome) {
        return new ApplicationFact(type, LocalDate.parse(received), replied == null ? null : LocalDate.parse(replied), outcome);
    }

    /** The fixture year: its known cells are asserted below. */
    static List<ApplicationFact> knownYear() {
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
        return apps;
    }

    /** What ApplicationFacts.tally answers for these applications and period, grouped as its SQL groups them. */
    static List<ApplicationTally> tallies(List<ApplicationFact> apps, LocalDate from, LocalDate to) {
        Map<List<Object>, Long> groups = new LinkedHashMap<>();
        for (ApplicationFact a : apps) {
            if (a.receivedOn().isAfter(to) || (a.repliedOn() != null && a.repliedOn().isBefore(from))) {
                continue;
            }
            List<Object> key = new ArrayList<>();
            key.add(a.applicantType());
            key.add(a.receivedOn().isBefore(from));
            key.add(a.repliedOn() != null && !a.repliedOn().isAfter(to) ? a.outcome() : null);
            groups.merge(key, 1L, Long::sum);
        }
        return groups.entrySet().stream().map(e -> new ApplicationTally((ApplicantType) e.getKey().get(0),
                (Boolean) e.getKey().get(1), (ReplyOutcome) e.getKey().get(2), e.getValue())).toList();
    }

    @Test
    void aKnownYearGivesKnownCells() {
        assertKnownCells(ComputeApplicationsTable.tabulate(YEAR, knownYear()));
    }

    @Test
    void countedGroupsGiveTheSameCellsAsOneApplicationAtATime() {
        List<ApplicationFact> apps = knownYear();
        ApplicationsTable grouped = ComputeApplicationsTable.fromTallies(YEAR,
                tallies(apps, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)));
        assertKnownCells(grouped);
        ApplicationsTable single = ComputeApplicationsTable.tabulate(YEAR, apps);
        for (String row : ApplicationsTable.ROWS.keySet()) {
            assertThat(grouped.counts().get(row)).as(row).containsExactly(single.counts().get(row));
        }
    }

    @Test
    void aPeriodShorterThanAYear() {
        // 1 April – 30 June 2025 of the fixture year, plus one received in June and answered in July
        List<ApplicationFact> apps = new ArrayList<>(knownYear());
        apps.add(fact(ApplicantType.COMMERCIAL, "2025-06-20", "2025-07-15", ReplyOutcome.DISCLOSED));
        ApplicationsTable t = ComputeApplicationsTable.fromTallies(YEAR,
                tallies(apps, LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30")));
        // received before 1 April and open then: only the commercial one of December 2024 (still open)
        assertThat(t.cell("二", 6)).isEqualTo(1);
        assertThat(t.cell("一", 6)).isEqualTo(4); // 04-01, 05-01, 06-01, 06-20
        assertThat(t.cell("三.（三）.1", 0)).isEqualTo(1);
        assertThat(t.cell("三.（三）.6", 2)).isEqualTo(1);
        assertThat(t.cell("三.（四）.1", 4)).isEqualTo(1);
        assertThat(t.cell("三.（七）", 6)).isEqualTo(3);
        assertThat(t.cell("四", 1)).isEqualTo(2);
        assertThat(t.cell("四", 6)).isEqualTo(2);
        assertThat(t.reconciliation()).isEmpty();
    }

    static void assertKnownCells(ApplicationsTable t) {
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
