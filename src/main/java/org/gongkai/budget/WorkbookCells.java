package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cells of a budget workbook as the sheet readers see them (text, amounts in 万元, headers) and the problems found
 * so far, each at its place.
 */
final class WorkbookCells {

    private final List<BudgetWorkbook.Problem> problems = new ArrayList<>();
    private final DataFormatter format = new DataFormatter(Locale.ROOT);

    void add(BudgetWorkbook.Problem problem) {
        problems.add(problem);
    }

    List<BudgetWorkbook.Problem> problems() {
        return List.copyOf(problems);
    }

    /** Checks that a total equals the sum of its parts (a part that is not a number was reported already). */
    void adds(Sheet s, int row, int column, BigDecimal total, List<BigDecimal> parts) {
        if (total == null || parts.stream().anyMatch(java.util.Objects::isNull)) {
            return;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(sum) != 0) {
            add(new BudgetWorkbook.Problem(s.getSheetName(), row + 1, letter(column), "budget.problem.sum",
                    List.of(plain(total), plain(sum))));
        }
    }

    int headerRow(Sheet s, String marker) {
        for (int r = 0; r <= Math.min(s.getLastRowNum(), 10); r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                if (text(s, r, c).replace(" ", "").contains(marker)) {
                    return r;
                }
            }
        }
        return -1;
    }

    int column(Sheet s, int header, String name) {
        Row row = s.getRow(header);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            if (text(s, header, c).replace(" ", "").contains(name)) {
                return c;
            }
        }
        return -1;
    }

    String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null || c < 0 ? null : row.getCell(c);
        return cell == null ? "" : format.formatCellValue(cell);
    }

    /** A cell's amount in 万元: blank is zero; text that is not a number, or more than two decimals, is a problem. */
    BigDecimal amount(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            BigDecimal v;
            if (cell.getCellType() == CellType.NUMERIC
                    || (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC)) {
                v = BigDecimal.valueOf(cell.getNumericCellValue());
            } else {
                String t = format.formatCellValue(cell).replace(",", "").strip();
                if (t.isEmpty() || t.equals("-") || t.equals("—")) {
                    return BigDecimal.ZERO.setScale(2);
                }
                v = new BigDecimal(t);
            }
            if (v.abs().compareTo(BudgetWorkbook.AMOUNT_LIMIT) >= 0) {
                add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.notANumber",
                        List.of(v.toPlainString())));
                return null;
            }
            if (v.stripTrailingZeros().scale() > 2) {
                add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.decimals", List.of(v.toPlainString())));
                return null;
            }
            return v.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.notANumber",
                    List.of(format.formatCellValue(cell))));
            return null;
        }
    }

    /** A name cell's text, stripped; longer than {@link #BudgetWorkbook.NAME_MAX} is a problem. */
    String name(Sheet s, int r, int c, String text) {
        String t = text.strip();
        if (t.length() > BudgetWorkbook.NAME_MAX) {
            add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.tooLong",
                    List.of(String.valueOf(BudgetWorkbook.NAME_MAX))));
        }
        return t;
    }

    static String letter(int c) {
        return CellReference.convertNumToColString(c);
    }

    static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
