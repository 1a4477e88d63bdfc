package org.gongkai.report;

import org.gongkai.application.ApplicantType;
import org.gongkai.application.ApplicationFacts;
import org.gongkai.application.ReplyOutcome;
import org.gongkai.support.Fixtures;
import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Table 三 counted in the database ({@link ApplicationFacts#tally}) gives the same cells as the per-application
 * tabulation it replaced, for single organisations, roll-ups and years; and a period that is not a calendar year.
 */
@IntegrationTest
class ApplicationsTableCountTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationFacts facts;
    @Autowired ComputeApplicationsTable compute;

    /** Stores an application as the office would have left it: open (replied null) or answered with the outcome. */
    void application(long org, ApplicantType type, String received, String replied, ReplyOutcome outcome) {
        String code = jdbc.sql("select code from organisation where id = ?").param(org).query(String.class).single();
        LocalDate on = LocalDate.parse(received);
        String tracking = "GK-" + code + "-" + on.toString().replace("-", "") + "-" + tail();
        boolean person = type == ApplicantType.NATURAL_PERSON;
        jdbc.sql("""
                        insert into disclosure_application (organisation_id, tracking_number, query_code_hash, applicant_type,
                            applicant_name, id_type, id_number, credit_code, legal_representative, phone, info_description,
                            delivery, channel, received_at, received_on, status, clock_start, outcome, replied_on, replied_at)
                        values (:org, :tn, 'x', :type, '统计申请人', :idType, :idNumber, :credit, :legal, '010-12345678',
                            '统计用申请内容', 'PAPER', 'IN_PERSON', cast(:received as date), cast(:received as date), :status,
                            cast(:received as date), :outcome, cast(:replied as date), cast(:replied as date))""")
                .param("org", org).param("tn", tracking).param("type", type.name())
                .param("idType", person ? "RESIDENT_ID" : null).param("idNumber", person ? "110105198001010011" : null)
                .param("credit", person ? null : "911100000000000001")
                .param("legal", person ? null : "法定代表人")
                .param("received", received).param("status", replied == null ? "IN_PROGRESS" : "ANSWERED")
                .param("outcome", outcome == null ? null : outcome.name()).param("replied", replied)
                .update();
    }

    private static String tail() {
        String s = Long.toString(SEQ.incrementAndGet(), 36).toUpperCase(Locale.ROOT);
        return s.length() >= 6 ? s.substring(s.length() - 6) : "0".repeat(6 - s.length()) + s;
    }

    /** A few hundred applications over four years with every applicant type and outcome, some still open. */
    void randomHistory(long org, long seed, int n) {
        Random r = new Random(seed);
        ApplicantType[] types = ApplicantType.values();
        ReplyOutcome[] outcomes = ReplyOutcome.values();
        LocalDate start = LocalDate.parse("2022-01-01");
        for (int i = 0; i < n; i++) {
            LocalDate received = start.plusDays(r.nextInt(4 * 365));
            boolean open = r.nextInt(10) == 0;
            LocalDate replied = open ? null : received.plusDays(r.nextInt(60));
            application(org, types[r.nextInt(types.length)], received.toString(), replied == null ? null : replied.toString(),
                    open ? null : outcomes[r.nextInt(outcomes.length)]);
        }
    }

    static void assertSameCells(ApplicationsTable actual, ApplicationsTable expected) {
        assertThat(actual.year()).isEqualTo(expected.year());
        for (String row : ApplicationsTable.ROWS.keySet()) {
            assertThat(actual.counts().get(row)).as(row).containsExactly(expected.counts().get(row));
        }
    }

    @Test
    void theDatabaseCountGivesTheCellsOfThePerApplicationTabulation() {
        long city = fixtures.organisation("统计市教育局");
        long county = fixtures.organisation("统计县教育局", city);
        randomHistory(city, 20250101L, 300);
        randomHistory(county, 20250102L, 200);
        // the edges of a year: received on 1 January, answered on 31 December, answered on 1 January of the next
        application(city, ApplicantType.RESEARCH, "2024-01-01", "2024-12-31", ReplyOutcome.DISCLOSED);
        application(city, ApplicantType.RESEARCH, "2023-12-31", "2024-01-01", ReplyOutcome.OTHER_FEE_UNPAID);
        application(city, ApplicantType.LEGAL_SERVICE, "2024-12-31", "2025-01-01", ReplyOutcome.NOT_HANDLED_REPEATED);

        for (int year = 2021; year <= 2026; year++) {
            ApplicationsTable fast = compute.compute(city, year);
            assertSameCells(fast, ComputeApplicationsTable.tabulate(year, facts.ofYear(city, year)));
            assertThat(fast.reconciliation()).as("year " + year).isEmpty();
            List<org.gongkai.application.ApplicationFact> both = new ArrayList<>(facts.ofYear(city, year));
            both.addAll(facts.ofYear(county, year));
            ApplicationsTable rollUp = compute.compute(List.of(city, county), year);
            assertSameCells(rollUp, ComputeApplicationsTable.tabulate(year, both));
            assertThat(rollUp.reconciliation()).isEmpty();
        }
        assertThat(compute.compute(city, 2024).cell("三.（七）", 6)).isPositive();
    }

    @Test
    void aPeriodCountsWhatWasReceivedInItCarriedInAndStillOpenAtItsEnd() {
        long org = fixtures.organisation("统计期间局");
        // before the period: answered before it (not counted), answered in it (二 → outcome), still open after it (二 → 四)
        application(org, ApplicantType.NATURAL_PERSON, "2024-05-01", "2024-06-20", ReplyOutcome.DISCLOSED);
        application(org, ApplicantType.NATURAL_PERSON, "2024-06-15", "2024-07-10", ReplyOutcome.PARTLY_DISCLOSED);
        application(org, ApplicantType.COMMERCIAL, "2024-06-25", null, null);
        // in the period: answered in it, answered after it, still open
        application(org, ApplicantType.COMMERCIAL, "2024-07-01", "2024-07-20", ReplyOutcome.WITHHELD_THIRD_PARTY_RIGHTS);
        application(org, ApplicantType.LEGAL_SERVICE, "2024-09-30", "2024-10-08", ReplyOutcome.CANNOT_PROVIDE_NOT_HELD);
        application(org, ApplicantType.NATURAL_PERSON, "2024-09-25", "2024-10-01", ReplyOutcome.DISCLOSED);
        application(org, ApplicantType.OTHER, "2024-09-29", null, null);
        // after the period
        application(org, ApplicantType.NATURAL_PERSON, "2024-10-01", "2024-10-05", ReplyOutcome.DISCLOSED);

        ApplicationsTable t = compute.compute(List.of(org), LocalDate.parse("2024-07-01"), LocalDate.parse("2024-09-30"));

        int person = 0, commercial = 1, legal = 4, other = 5, total = 6;
        assertThat(t.year()).isEqualTo(2024);
        assertThat(t.cell("一", total)).isEqualTo(4);
        assertThat(t.cell("一", person)).isEqualTo(1);
        assertThat(t.cell("二", total)).isEqualTo(2);
        assertThat(t.cell("二", person)).isEqualTo(1);
        assertThat(t.cell("二", commercial)).isEqualTo(1);
        assertThat(t.cell("三.（二）", person)).isEqualTo(1);
        assertThat(t.cell("三.（三）.4", commercial)).isEqualTo(1);
        assertThat(t.cell("三.（三）", total)).isEqualTo(1);
        assertThat(t.cell("三.（七）", total)).isEqualTo(2);
        assertThat(t.cell("四", total)).isEqualTo(4);
        assertThat(t.cell("四", commercial)).isEqualTo(1);
        assertThat(t.cell("四", legal)).isEqualTo(1);
        assertThat(t.cell("四", person)).isEqualTo(1);
        assertThat(t.cell("四", other)).isEqualTo(1);
        assertThat(t.reconciliation()).isEmpty();
        // a one-day period
        ApplicationsTable day = compute.compute(List.of(org), LocalDate.parse("2024-09-30"), LocalDate.parse("2024-09-30"));
        assertThat(day.cell("一", legal)).isEqualTo(1);
        assertThat(day.cell("四", total)).isEqualTo(day.cell("一", total) + day.cell("二", total) - day.cell("三.（七）", total));
        assertThat(day.reconciliation()).isEmpty();
        assertThat(compute.compute(List.of(), LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31")).cell("三.（七）", total))
                .isZero();
        assertThatThrownBy(() -> compute.compute(List.of(org), LocalDate.parse("2024-09-30"), LocalDate.parse("2024-07-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
