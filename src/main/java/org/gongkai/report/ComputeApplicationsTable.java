package org.gongkai.report;

import org.gongkai.application.ApplicationFact;
import org.gongkai.application.ApplicationFacts;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts table 三 from the applications themselves. An application counts in the year its outcome is given; one
 * still open on 31 December is carried over (spec/20).
 */
@Service
public class ComputeApplicationsTable {

    private final ApplicationFacts facts;

    ComputeApplicationsTable(ApplicationFacts facts) {
        this.facts = facts;
    }

    public ApplicationsTable compute(long organisationId, int year) {
        return tabulate(year, facts.ofYear(organisationId, year));
    }

    /** The sum over several organisations (a higher level and everything below it). */
    public ApplicationsTable compute(List<Long> organisationIds, int year) {
        List<ApplicationFact> all = new java.util.ArrayList<>();
        organisationIds.forEach(id -> all.addAll(facts.ofYear(id, year)));
        return tabulate(year, all);
    }

    /** TEMPORARY until the set-based tally lands: calendar years only. */
    public ApplicationsTable compute(List<Long> organisationIds, LocalDate from, LocalDate to) {
        return compute(organisationIds, from.getYear());
    }

    static ApplicationsTable tabulate(int year, List<ApplicationFact> applications) {
        Map<String, long[]> counts = new HashMap<>();
        ApplicationsTable.ROWS.keySet().forEach(row -> counts.put(row, new long[ApplicationsTable.COLUMNS.size()]));
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        for (ApplicationFact a : applications) {
            int column = ApplicationsTable.COLUMNS.indexOf(a.applicantType().reportColumn());
            add(counts, a.receivedOn().isBefore(first) ? "二" : "一", column);
            boolean answeredThisYear = a.repliedOn() != null && !a.repliedOn().isAfter(last);
            if (!answeredThisYear) {
                add(counts, "四", column);
                continue;
            }
            String row = a.outcome().reportRow();
            add(counts, row, column);
            int dot = row.indexOf('.', 2);
            if (dot > 0) {
                add(counts, row.substring(0, dot), column);
            }
            add(counts, "三.（七）", column);
        }
        return new ApplicationsTable(year, counts);
    }

    private static void add(Map<String, long[]> counts, String row, int column) {
        long[] cells = counts.get(row);
        if (cells == null) {
            throw new IllegalStateException("no row " + row + " in table 三");
        }
        cells[column]++;
        cells[cells.length - 1]++;
    }
}
