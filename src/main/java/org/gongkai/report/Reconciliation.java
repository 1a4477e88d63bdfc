package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks a report must pass before it may be published: in every column of table 三, 一 + 二 = （七） + 四 and
 * （七） = （一） + … + （六）; each group's sub-rows add up to it; 总计 is the sum of the applicant columns; table 四's
 * totals add up; and this period's 二 equals 四 of the previous period's published report, when there is one.
 *
 * @param previousChecked false when the previous period has no published report on the platform to compare with
 */
public record Reconciliation(List<ReconciliationProblem> problems, boolean previousChecked) {

    private static final List<String> GROUPS = List.of("三.（一）", "三.（二）", "三.（三）", "三.（四）", "三.（五）", "三.（六）");

    public boolean passes() {
        return problems.isEmpty();
    }

    static Reconciliation of(ReportFigures figures, Optional<ApplicationsTable> previousPublished) {
        List<ReconciliationProblem> p = new ArrayList<>();
        ApplicationsTable t = figures.applications();
        List<String> columns = ApplicationsTable.COLUMNS;
        for (int col = 0; col < columns.size(); col++) {
            int c = col;
            String column = columns.get(c);
            long in = t.cell("一", c) + t.cell("二", c);
            long out = t.cell("三.（七）", c) + t.cell("四", c);
            if (in != out) {
                p.add(ReconciliationProblem.of("report.check.balance", column, in, out));
            }
            long sum = GROUPS.stream().mapToLong(g -> t.cell(g, c)).sum();
            if (sum != t.cell("三.（七）", c)) {
                p.add(ReconciliationProblem.of("report.check.total", column, sum, t.cell("三.（七）", c)));
            }
            for (String group : GROUPS) {
                List<String> subRows = ApplicationsTable.ROWS.keySet().stream().filter(k -> k.startsWith(group + ".")).toList();
                long subSum = subRows.stream().mapToLong(k -> t.cell(k, c)).sum();
                if (!subRows.isEmpty() && subSum != t.cell(group, c)) {
                    p.add(ReconciliationProblem.of("report.check.subRows", ApplicationsTable.ROWS.get(group), column,
                            subSum, t.cell(group, c)));
                }
            }
        }
        int total = columns.size() - 1;
        for (String row : ApplicationsTable.ROWS.keySet()) {
            long sum = 0;
            for (int c = 0; c < total; c++) {
                sum += t.cell(row, c);
            }
            if (sum != t.cell(row, total)) {
                p.add(ReconciliationProblem.of("report.check.totalColumn", ApplicationsTable.ROWS.get(row), sum,
                        t.cell(row, total)));
            }
        }
        long[][] cases = figures.challenges().cells();
        for (int g = 0; g < cases.length; g++) {
            if (cases[g][0] + cases[g][1] + cases[g][2] + cases[g][3] != cases[g][4]) {
                p.add(ReconciliationProblem.of("report.check.challenges", ChallengesTable.GROUPS.get(g).name()));
            }
        }
        previousPublished.ifPresent(prev -> {
            for (int c = 0; c < columns.size(); c++) {
                if (t.cell("二", c) != prev.cell("四", c)) {
                    p.add(ReconciliationProblem.of("report.check.carried", columns.get(c), t.cell("二", c),
                            prev.cell("四", c)));
                }
            }
        });
        return new Reconciliation(List.copyOf(p), previousPublished.isPresent());
    }
}
