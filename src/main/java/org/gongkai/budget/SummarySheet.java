package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads 收支总表: income item | amount | expenditure item | amount, ending in a 总计 row that adds up and balances. */
final class SummarySheet {

    private SummarySheet() {
    }

    static BudgetWorkbook.Summary read(Sheet s, WorkbookCells cells) {
        int header = cells.headerRow(s, "收入");
        if (header < 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("收入")));
            return null;
        }
        List<BudgetWorkbook.Item> income = new ArrayList<>();
        List<BudgetWorkbook.Item> expenditure = new ArrayList<>();
        BigDecimal incomeTotal = null;
        BigDecimal expenditureTotal = null;
        int totalRow = -1;
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            String in = cells.text(s, r, 0);
            String out = cells.text(s, r, 2);
            if (in.replace(" ", "").contains("总计") || out.replace(" ", "").contains("总计")) {
                incomeTotal = cells.amount(s, r, 1);
                expenditureTotal = cells.amount(s, r, 3);
                totalRow = r;
                break;
            }
            if (!in.isBlank()) {
                income.add(new BudgetWorkbook.Item(cells.name(s, r, 0, in), cells.amount(s, r, 1)));
            }
            if (!out.isBlank()) {
                expenditure.add(new BudgetWorkbook.Item(cells.name(s, r, 2, out), cells.amount(s, r, 3)));
            }
        }
        if (totalRow < 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), s.getLastRowNum() + 1, null, "budget.problem.noTotalRow", List.of()));
            return new BudgetWorkbook.Summary(income, expenditure, null, null);
        }
        cells.adds(s, totalRow, 1, incomeTotal, income.stream().map(BudgetWorkbook.Item::amount).toList());
        cells.adds(s, totalRow, 3, expenditureTotal, expenditure.stream().map(BudgetWorkbook.Item::amount).toList());
        if (incomeTotal != null && expenditureTotal != null && incomeTotal.compareTo(expenditureTotal) != 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), totalRow + 1, WorkbookCells.letter(3), "budget.problem.unbalanced",
                    List.of(WorkbookCells.plain(incomeTotal), WorkbookCells.plain(expenditureTotal))));
        }
        return new BudgetWorkbook.Summary(income, expenditure, incomeTotal, expenditureTotal);
    }
}
