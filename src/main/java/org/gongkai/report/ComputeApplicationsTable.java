package org.gongkai.report;

import org.gongkai.application.ApplicationFact;
import org.gongkai.application.ApplicationFacts;
import org.gongkai.application.ApplicationTally;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts table 三 from the applications themselves. An application counts in the period its outcome is given; one
 * still open on the last day is carried over (spec/20). A year is the period 1 January to 31 December. The database
 * does the counting ({@link ApplicationFacts#tally}); this class only places the counts in the table's cells.
 */
@Service
public class ComputeApplicationsTable {

    private final ApplicationFacts facts;

    ComputeApplicationsTable(ApplicationFacts facts) {
        this.facts = facts;
    }

    public ApplicationsTable compute(long organisationId, int year) {
        return compute(List.of(organisationId), year);
    }

    /** The sum over several organisations (a higher level and everything below it). */
    public ApplicationsTable compute(List<Long> organisationIds, int year) {
        return compute(organisationIds, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Table 三 for the period from {@code from} to {@code to} inclusive, summed over the organisations: row 一 counts
     * what was received in the period, 二 what was received before it and still open when it began, 四 what is still
     * open on {@code to}. The table's year is {@code from}'s.
     */
    public ApplicationsTable compute(List<Long> organisationIds, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("period " + from + " to " + to);
        }
        return fromTallies(from.getYear(), facts.tally(organisationIds, from, to));
    }

    /** Places counted groups of applications in the cells. */
    static ApplicationsTable fromTallies(int year, List<ApplicationTally> tallies) {
        Map<String, long[]> counts = emptyCounts();
        for (ApplicationTally t : tallies) {
            int column = ApplicationsTable.COLUMNS.indexOf(t.applicantType().reportColumn());
            add(counts, t.carriedIn() ? "二" : "一", column, t.count());
            if (t.open()) {
                add(counts, "四", column, t.count());
                continue;
            }
            String row = t.outcome().reportRow();
            add(counts, row, column, t.count());
            int dot = row.indexOf('.', 2);
            if (dot > 0) {
                add(counts, row.substring(0, dot), column, t.count());
            }
            add(counts, "三.（七）", column, t.count());
        }
        return new ApplicationsTable(year, counts);
    }

    /**
     * The per-application tabulation of a calendar year (the way the table was counted before {@link ApplicationFacts#tally}):
     * kept as the reference the database count is checked against, in tests and in bench/report-bench.sh.
     */
    public static ApplicationsTable tabulate(int year, List<ApplicationFact> applications) {
        Map<String, long[]> counts = emptyCounts();
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (ApplicationFact a : applications) {
            int column = ApplicationsTable.COLUMNS.indexOf(a.applicantType().reportColumn());
            add(counts, a.receivedOn().isBefore(first) ? "二" : "一", column, 1);
            boolean answeredThisYear = a.repliedOn() != null && !a.repliedOn().isAfter(last);
            if (!answeredThisYear) {
                add(counts, "四", column, 1);
                continue;
            }
            String row = a.outcome().reportRow();
            add(counts, row, column, 1);
            int dot = row.indexOf('.', 2);
            if (dot > 0) {
                add(counts, row.substring(0, dot), column, 1);
            }
            add(counts, "三.（七）", column, 1);
        }
        return new ApplicationsTable(year, counts);
    }

    private static Map<String, long[]> emptyCounts() {
        Map<String, long[]> counts = new HashMap<>();
        ApplicationsTable.ROWS.keySet().forEach(row -> counts.put(row, new long[ApplicationsTable.COLUMNS.size()]));
        return counts;
    }

    private static void add(Map<String, long[]> counts, String row, int column, long n) {
        long[] cells = counts.get(row);
        if (cells == null) {
            throw new IllegalStateException("no row " + row + " in table 三");
        }
        cells[column] += n;
        cells[cells.length - 1] += n;
    }
}
