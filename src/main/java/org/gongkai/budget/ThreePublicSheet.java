package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads 三公经费: a row per year, 合计 the sum of its four columns. */
final class ThreePublicSheet {

    private ThreePublicSheet() {
    }

    static List<BudgetWorkbook.ThreePublic> read(Sheet s, WorkbookCells cells) {
        int header = cells.headerRow(s, "公务接待");
        if (header < 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("公务接待费")));
            return List.of();
        }
        int year = cells.column(s, header, "年度");
        int total = cells.column(s, header, "合计");
        int abroad = cells.column(s, header, "出国");
        int purchase = cells.column(s, header, "购置");
        int running = cells.column(s, header, "运行");
        int reception = cells.column(s, header, "接待");
        if (total < 0 || abroad < 0 || purchase < 0 || running < 0 || reception < 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), header + 1, null, "budget.problem.missingColumns",
                    List.of("合计, 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费")));
            return List.of();
        }
        List<BudgetWorkbook.ThreePublic> out = new ArrayList<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            if (cells.text(s, r, total).isBlank() && cells.text(s, r, abroad).isBlank()) {
                continue;
            }
            BigDecimal t = cells.amount(s, r, total);
            BigDecimal a = cells.amount(s, r, abroad);
            BigDecimal vp = cells.amount(s, r, purchase);
            BigDecimal vr = cells.amount(s, r, running);
            BigDecimal rc = cells.amount(s, r, reception);
            cells.adds(s, r, total, t, java.util.Arrays.asList(a, vp, vr, rc));
            String label = year < 0 ? "" : cells.text(s, r, year).strip();
            if (label.length() > BudgetWorkbook.YEAR_LABEL_MAX) {
                cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(year), "budget.problem.tooLong",
                        List.of(String.valueOf(BudgetWorkbook.YEAR_LABEL_MAX))));
            }
            out.add(new BudgetWorkbook.ThreePublic(label.isEmpty() ? null : label, t, a, vp, vr, rc));
        }
        return out;
    }
}
