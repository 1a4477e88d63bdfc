package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table by classification code (类 → 款 → 项): the functional and government-fund tables, and the economic
 * table; every code known, each level under the one above, each total the sum of the level below.
 */
final class ClassifiedSheet {

    private ClassifiedSheet() {
    }

    /**
     * A table by classification code (类 → 款 → 项): the functional table and the government-fund table with 合计,
     * 基本支出 and 项目支出 ({@code split}); the economic table with 合计 only (to 款: its 基本支出 and 项目支出 are
     * recorded as 合计 and zero). A sheet with a header and no lines is an empty table, total zero.
     */
    static BigDecimal read(Sheet s, List<BudgetWorkbook.Line> lines, Classification list, boolean split, WorkbookCells cells) {
        int header = cells.headerRow(s, "科目编码");
        if (header < 0) {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("科目编码")));
            return null;
        }
        int code = cells.column(s, header, "科目编码");
        int name = cells.column(s, header, "科目名称");
        int total = cells.column(s, header, "合计");
        int basic = split ? cells.column(s, header, "基本支出") : -2;
        int project = split ? cells.column(s, header, "项目支出") : -2;
        for (int[] c : new int[][] {{name}, {total}, {basic}, {project}}) {
            if (c[0] == -1) {
                cells.add(new BudgetWorkbook.Problem(s.getSheetName(), header + 1, null, "budget.problem.missingColumns",
                        List.of(split ? "科目名称, 合计, 基本支出, 项目支出" : "科目名称, 合计")));
                return null;
            }
        }
        BigDecimal grandTotal = null;
        int grandRow = -1;
        List<Integer> rows = new ArrayList<>();
        String currentClass = null;
        String currentSection = null;
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            String c = cells.text(s, r, code).replace(" ", "");
            String n = cells.text(s, r, name).strip();
            if (c.isEmpty() && n.isEmpty()) {
                continue;
            }
            BigDecimal t = cells.amount(s, r, total);
            BigDecimal b = split ? cells.amount(s, r, basic) : t;
            BigDecimal p = split ? cells.amount(s, r, project) : BigDecimal.ZERO.setScale(2);
            if (c.isEmpty() || c.contains("合计")) {
                if (n.contains("合计") || c.contains("合计")) {
                    grandTotal = t;
                    grandRow = r;
                }
                continue;
            }
            FunctionalClassification.Level level = FunctionalClassification.level(c);
            if (level == null || (!split && level == FunctionalClassification.Level.ITEM)
                    || !c.chars().allMatch(Character::isDigit) || list.name(c).isEmpty()) {
                cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(code), "budget.problem.unknownCode", List.of(c)));
                continue;
            }
            if (t != null && b != null && p != null && t.compareTo(b.add(p)) != 0) {
                cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(total), "budget.problem.rowSum",
                        List.of(WorkbookCells.plain(t), WorkbookCells.plain(b.add(p)))));
            }
            switch (level) {
                case CLASS -> {
                    currentClass = c;
                    currentSection = null;
                }
                case SECTION -> {
                    if (currentClass == null || !c.startsWith(currentClass)) {
                        cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(code), "budget.problem.sectionOutsideClass",
                                List.of(c, currentClass == null ? "—" : currentClass)));
                    }
                    currentSection = c;
                }
                case ITEM -> {
                    if (currentSection == null || !c.startsWith(currentSection)) {
                        cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(code), "budget.problem.itemOutsideSection",
                                List.of(c, currentSection == null ? "—" : currentSection)));
                    }
                }
            }
            if (lines.stream().anyMatch(l -> l.code().equals(c))) {
                cells.add(new BudgetWorkbook.Problem(s.getSheetName(), r + 1, WorkbookCells.letter(code), "budget.problem.duplicateCode", List.of(c)));
            }
            lines.add(new BudgetWorkbook.Line(c, cells.name(s, r, name, n.isEmpty() ? list.name(c).orElse(c) : n), t, b, p));
            rows.add(r);
        }
        // each 类 and 款 is the sum of the level right below it, when it has any
        for (int i = 0; i < lines.size(); i++) {
            BudgetWorkbook.Line parent = lines.get(i);
            if (parent.code().length() == 7 || parent.total() == null) {
                continue;
            }
            int childLength = parent.code().length() + 2;
            List<BigDecimal> children = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && lines.get(j).code().startsWith(parent.code()); j++) {
                if (lines.get(j).code().length() == childLength) {
                    children.add(lines.get(j).total());
                }
            }
            if (!children.isEmpty()) {
                cells.adds(s, rows.get(i), total, parent.total(), children);
            }
        }
        if (grandRow >= 0) {
            cells.adds(s, grandRow, total, grandTotal,
                    lines.stream().filter(l -> l.code().length() == 3).map(BudgetWorkbook.Line::total).toList());
        } else if (lines.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        } else {
            cells.add(new BudgetWorkbook.Problem(s.getSheetName(), s.getLastRowNum() + 1, null, "budget.problem.noTotalRow", List.of()));
        }
        return grandTotal;
    }
}
