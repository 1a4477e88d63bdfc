package org.gongkai.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the public page of an organisation's year shows: the budget and the final accounts (either may be missing),
 * the functional classification of both in one table by code (two columns, never a sum), and the charts.
 */
record YearView(int year, Shown budget, Shown finalAccounts, List<Compared> compared, BarChart functionalChart) {

    /** A publication with its tables, its 三公经费 chart and the treemap of its functional table. */
    record Shown(Publication publication, BudgetStore.Tables tables, BarChart threePublicChart, Treemap treemap) {

        static Shown of(Publication publication, BudgetStore.Tables tables) {
            return new Shown(publication, tables, threePublic(tables.threePublic()), Treemap.of(tables.functional()));
        }
    }

    /** One functional code with the budget's and the final accounts' 合计 (null when that side has no such line). */
    record Compared(String code, String name, int level, BigDecimal budget, BigDecimal finalAccounts) {
    }

    static YearView of(int year, Shown budget, Shown finalAccounts) {
        Map<String, Compared> byCode = new TreeMap<>();
        for (Shown s : java.util.Arrays.asList(budget, finalAccounts)) {
            if (s == null) {
                continue;
            }
            boolean isBudget = s == budget;
            for (BudgetWorkbook.Line l : s.tables().functional()) {
                Compared c = byCode.get(l.code());
                BigDecimal b = isBudget ? l.total() : c == null ? null : c.budget();
                BigDecimal f = isBudget ? c == null ? null : c.finalAccounts() : l.total();
                byCode.put(l.code(), new Compared(l.code(), c == null ? l.name() : c.name(), l.code().length(), b, f));
            }
        }
        List<Compared> compared = new ArrayList<>(byCode.values());
        // the chart shows the 款 (or the 类 when a table stops there)
        boolean anySection = compared.stream().anyMatch(c -> c.code().length() == 5);
        int level = anySection ? 5 : 3;
        List<BarChart.Input> inputs = compared.stream().filter(c -> c.code().length() == level)
                .map(c -> new BarChart.Input(c.code() + " " + c.name(), c.budget(), c.finalAccounts())).toList();
        return new YearView(year, budget, finalAccounts, compared, BarChart.of(inputs, true));
    }

    static BarChart threePublic(List<BudgetWorkbook.ThreePublic> rows) {
        return BarChart.of(rows.stream().map(t -> new BarChart.Input(t.year(), t.total(), null)).toList(), false);
    }
}
