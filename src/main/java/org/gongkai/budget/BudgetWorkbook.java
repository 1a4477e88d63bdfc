package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the XLSX of a department's budget or final-accounts publication and checks it. Supported (ADR 0025):
 * <ul>
 *   <li><b>收支总表</b> (a sheet whose name contains it): income item | amount | expenditure item | amount, ending in
 *       a 总计 row; the items add up to their 总计 and income equals expenditure;</li>
 *   <li><b>一般公共预算支出表</b> (name contains 一般公共预算支出 or 功能分类): 科目编码, 科目名称, 合计, 基本支出,
 *       项目支出, to 项 (7-digit codes); every code known, 合计 = 基本 + 项目, each 款 under its 类 and each 项 under its
 *       款, a 款 the sum of its 项, a 类 the sum of its 款, the 合计 row the sum of the 类;</li>
 *   <li><b>三公经费</b> (name contains 三公): 年度, 合计, 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费;
 *       合计 the sum of the four.</li>
 * </ul>
 * Optional (ADR 0046): <b>一般公共预算基本支出表</b> by economic classification to 款 (name contains 经济分类 or
 * 基本支出: 科目编码, 科目名称, 合计) and <b>政府性基金预算支出表</b> (name contains 政府性基金: as the functional table,
 * may be empty); the code lists are data files ({@link Classification}).
 * Amounts are in 万元 with at most two decimals. Every problem names the sheet, the row as Excel numbers it and the
 * column letter.
 */
final class BudgetWorkbook {

    /** A problem at a place: message key and its arguments (after the place). */
    record Problem(String sheet, int row, String column, String key, List<String> args) {
    }

    record Line(String code, String name, BigDecimal total, BigDecimal basic, BigDecimal project) {
    }

    record Summary(List<Item> income, List<Item> expenditure, BigDecimal incomeTotal, BigDecimal expenditureTotal) {
    }

    record Item(String name, BigDecimal amount) {
    }

    record ThreePublic(String year, BigDecimal total, BigDecimal abroad, BigDecimal vehiclePurchase,
                       BigDecimal vehicleRunning, BigDecimal reception) {
    }

    /**
     * The workbook's tables. {@code economic} (一般公共预算基本支出表 by economic classification to 款, only 合计 read)
     * and {@code fund} (政府性基金预算支出表 by functional classification) are null when the workbook has no such sheet;
     * an empty list is a sheet with no lines (a department without government-fund spending publishes an empty table).
     */
    record Result(Summary summary, List<Line> functional, BigDecimal functionalTotal, List<ThreePublic> threePublic,
                  List<Line> economic, BigDecimal economicTotal, List<Line> fund, BigDecimal fundTotal,
                  List<Problem> problems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    static final int NAME_MAX = 200;
    static final int YEAR_LABEL_MAX = 20;
    /** numeric(16,2) in V89: fourteen digits before the point. */
    private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("100000000000000");

    private final List<Problem> problems = new ArrayList<>();
    private final DataFormatter format = new DataFormatter(Locale.ROOT);

    private BudgetWorkbook() {
    }

    static Result read(byte[] xlsx) {
        return new BudgetWorkbook().parse(xlsx);
    }

    private Result parse(byte[] xlsx) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet summarySheet = sheet(book, "收支总表");
            Sheet functionalSheet = sheet(book, "一般公共预算支出", "功能分类");
            Sheet threeSheet = sheet(book, "三公");
            Summary summary = summarySheet == null ? null : summary(summarySheet);
            List<Line> lines = new ArrayList<>();
            BigDecimal functionalTotal = functionalSheet == null ? null
                    : classified(functionalSheet, lines, Classification.functional(), true);
            List<ThreePublic> three = threeSheet == null ? List.of() : threePublic(threeSheet);
            Sheet economicSheet = sheet(book, "经济分类", "基本支出");
            Sheet fundSheet = sheet(book, "政府性基金");
            List<Line> economic = economicSheet == null ? null : new ArrayList<>();
            BigDecimal economicTotal = economicSheet == null ? null
                    : classified(economicSheet, economic, Classification.economic(), false);
            List<Line> fund = fundSheet == null ? null : new ArrayList<>();
            BigDecimal fundTotal = fundSheet == null ? null : classified(fundSheet, fund, Classification.functional(), true);
            if (summarySheet == null) {
                problems.add(new Problem("收支总表", 0, null, "budget.problem.missingSheet", List.of("收支总表")));
            }
            if (functionalSheet == null) {
                problems.add(new Problem("一般公共预算支出表", 0, null, "budget.problem.missingSheet", List.of("一般公共预算支出表")));
            }
            if (threeSheet == null) {
                problems.add(new Problem("三公经费", 0, null, "budget.problem.missingSheet", List.of("三公经费")));
            }
            return new Result(summary, lines, functionalTotal, three, economic, economicTotal, fund, fundTotal,
                    List.copyOf(problems));
        } catch (IOException | RuntimeException e) {
            return new Result(null, List.of(), null, List.of(), null, null, null, null,
                    List.of(new Problem("", 0, null, "budget.problem.unreadable", List.of())));
        }
    }

    private static Sheet sheet(Workbook book, String... names) {
        for (int i = 0; i < book.getNumberOfSheets(); i++) {
            for (String n : names) {
                if (book.getSheetName(i).contains(n)) {
                    return book.getSheetAt(i);
                }
            }
        }
        return null;
    }

    // 收支总表 -----------------------------------------------------------------------------------------------------

    private Summary summary(Sheet s) {
        int header = headerRow(s, "收入");
        if (header < 0) {
            problems.add(new Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("收入")));
            return null;
        }
        List<Item> income = new ArrayList<>();
        List<Item> expenditure = new ArrayList<>();
        BigDecimal incomeTotal = null;
        BigDecimal expenditureTotal = null;
        int totalRow = -1;
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            String in = text(s, r, 0);
            String out = text(s, r, 2);
            if (in.replace(" ", "").contains("总计") || out.replace(" ", "").contains("总计")) {
                incomeTotal = amount(s, r, 1);
                expenditureTotal = amount(s, r, 3);
                totalRow = r;
                break;
            }
            if (!in.isBlank()) {
                income.add(new Item(name(s, r, 0, in), amount(s, r, 1)));
            }
            if (!out.isBlank()) {
                expenditure.add(new Item(name(s, r, 2, out), amount(s, r, 3)));
            }
        }
        if (totalRow < 0) {
            problems.add(new Problem(s.getSheetName(), s.getLastRowNum() + 1, null, "budget.problem.noTotalRow", List.of()));
            return new Summary(income, expenditure, null, null);
        }
        adds(s, totalRow, 1, incomeTotal, income.stream().map(Item::amount).toList());
        adds(s, totalRow, 3, expenditureTotal, expenditure.stream().map(Item::amount).toList());
        if (incomeTotal != null && expenditureTotal != null && incomeTotal.compareTo(expenditureTotal) != 0) {
            problems.add(new Problem(s.getSheetName(), totalRow + 1, letter(3), "budget.problem.unbalanced",
                    List.of(plain(incomeTotal), plain(expenditureTotal))));
        }
        return new Summary(income, expenditure, incomeTotal, expenditureTotal);
    }

    // 一般公共预算支出表（功能分类） ------------------------------------------------------------------------------------

    /**
     * A table by classification code (类 → 款 → 项): the functional table and the government-fund table with 合计,
     * 基本支出 and 项目支出 ({@code split}); the economic table with 合计 only (to 款: its 基本支出 and 项目支出 are
     * recorded as 合计 and zero). A sheet with a header and no lines is an empty table, total zero.
     */
    private BigDecimal classified(Sheet s, List<Line> lines, Classification list, boolean split) {
        int header = headerRow(s, "科目编码");
        if (header < 0) {
            problems.add(new Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("科目编码")));
            return null;
        }
        int code = column(s, header, "科目编码");
        int name = column(s, header, "科目名称");
        int total = column(s, header, "合计");
        int basic = split ? column(s, header, "基本支出") : -2;
        int project = split ? column(s, header, "项目支出") : -2;
        for (int[] c : new int[][] {{name}, {total}, {basic}, {project}}) {
            if (c[0] == -1) {
                problems.add(new Problem(s.getSheetName(), header + 1, null, "budget.problem.missingColumns",
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
            String c = text(s, r, code).replace(" ", "");
            String n = text(s, r, name).strip();
            if (c.isEmpty() && n.isEmpty()) {
                continue;
            }
            BigDecimal t = amount(s, r, total);
            BigDecimal b = split ? amount(s, r, basic) : t;
            BigDecimal p = split ? amount(s, r, project) : BigDecimal.ZERO.setScale(2);
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
                problems.add(new Problem(s.getSheetName(), r + 1, letter(code), "budget.problem.unknownCode", List.of(c)));
                continue;
            }
            if (t != null && b != null && p != null && t.compareTo(b.add(p)) != 0) {
                problems.add(new Problem(s.getSheetName(), r + 1, letter(total), "budget.problem.rowSum",
                        List.of(plain(t), plain(b.add(p)))));
            }
            switch (level) {
                case CLASS -> {
                    currentClass = c;
                    currentSection = null;
                }
                case SECTION -> {
                    if (currentClass == null || !c.startsWith(currentClass)) {
                        problems.add(new Problem(s.getSheetName(), r + 1, letter(code), "budget.problem.sectionOutsideClass",
                                List.of(c, currentClass == null ? "—" : currentClass)));
                    }
                    currentSection = c;
                }
                case ITEM -> {
                    if (currentSection == null || !c.startsWith(currentSection)) {
                        problems.add(new Problem(s.getSheetName(), r + 1, letter(code), "budget.problem.itemOutsideSection",
                                List.of(c, currentSection == null ? "—" : currentSection)));
                    }
                }
            }
            if (lines.stream().anyMatch(l -> l.code().equals(c))) {
                problems.add(new Problem(s.getSheetName(), r + 1, letter(code), "budget.problem.duplicateCode", List.of(c)));
            }
            lines.add(new Line(c, name(s, r, name, n.isEmpty() ? list.name(c).orElse(c) : n), t, b, p));
            rows.add(r);
        }
        // each 类 and 款 is the sum of the level right below it, when it has any
        for (int i = 0; i < lines.size(); i++) {
            Line parent = lines.get(i);
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
                adds(s, rows.get(i), total, parent.total(), children);
            }
        }
        if (grandRow >= 0) {
            adds(s, grandRow, total, grandTotal,
                    lines.stream().filter(l -> l.code().length() == 3).map(Line::total).toList());
        } else if (lines.isEmpty()) {
            return BigDecimal.ZERO.setScale(2);
        } else {
            problems.add(new Problem(s.getSheetName(), s.getLastRowNum() + 1, null, "budget.problem.noTotalRow", List.of()));
        }
        return grandTotal;
    }

    // 三公经费 -----------------------------------------------------------------------------------------------------

    private List<ThreePublic> threePublic(Sheet s) {
        int header = headerRow(s, "公务接待");
        if (header < 0) {
            problems.add(new Problem(s.getSheetName(), 1, null, "budget.problem.noHeader", List.of("公务接待费")));
            return List.of();
        }
        int year = column(s, header, "年度");
        int total = column(s, header, "合计");
        int abroad = column(s, header, "出国");
        int purchase = column(s, header, "购置");
        int running = column(s, header, "运行");
        int reception = column(s, header, "接待");
        if (total < 0 || abroad < 0 || purchase < 0 || running < 0 || reception < 0) {
            problems.add(new Problem(s.getSheetName(), header + 1, null, "budget.problem.missingColumns",
                    List.of("合计, 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费")));
            return List.of();
        }
        List<ThreePublic> out = new ArrayList<>();
        for (int r = header + 1; r <= s.getLastRowNum(); r++) {
            if (text(s, r, total).isBlank() && text(s, r, abroad).isBlank()) {
                continue;
            }
            BigDecimal t = amount(s, r, total);
            BigDecimal a = amount(s, r, abroad);
            BigDecimal vp = amount(s, r, purchase);
            BigDecimal vr = amount(s, r, running);
            BigDecimal rc = amount(s, r, reception);
            adds(s, r, total, t, java.util.Arrays.asList(a, vp, vr, rc));
            String label = year < 0 ? "" : text(s, r, year).strip();
            if (label.length() > YEAR_LABEL_MAX) {
                problems.add(new Problem(s.getSheetName(), r + 1, letter(year), "budget.problem.tooLong",
                        List.of(String.valueOf(YEAR_LABEL_MAX))));
            }
            out.add(new ThreePublic(label.isEmpty() ? null : label, t, a, vp, vr, rc));
        }
        return out;
    }

    // cells --------------------------------------------------------------------------------------------------------

    /** Checks that a total equals the sum of its parts (a part that is not a number was reported already). */
    private void adds(Sheet s, int row, int column, BigDecimal total, List<BigDecimal> parts) {
        if (total == null || parts.stream().anyMatch(java.util.Objects::isNull)) {
            return;
        }
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(sum) != 0) {
            problems.add(new Problem(s.getSheetName(), row + 1, letter(column), "budget.problem.sum",
                    List.of(plain(total), plain(sum))));
        }
    }

    private int headerRow(Sheet s, String marker) {
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

    private int column(Sheet s, int header, String name) {
        Row row = s.getRow(header);
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            if (text(s, header, c).replace(" ", "").contains(name)) {
                return c;
            }
        }
        return -1;
    }

    private String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null || c < 0 ? null : row.getCell(c);
        return cell == null ? "" : format.formatCellValue(cell);
    }

    /** A cell's amount in 万元: blank is zero; text that is not a number, or more than two decimals, is a problem. */
    private BigDecimal amount(Sheet s, int r, int c) {
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
            if (v.abs().compareTo(AMOUNT_LIMIT) >= 0) {
                problems.add(new Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.notANumber",
                        List.of(v.toPlainString())));
                return null;
            }
            if (v.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.decimals", List.of(v.toPlainString())));
                return null;
            }
            return v.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(new Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.notANumber",
                    List.of(format.formatCellValue(cell))));
            return null;
        }
    }

    /** A name cell's text, stripped; longer than {@link #NAME_MAX} is a problem. */
    private String name(Sheet s, int r, int c, String text) {
        String t = text.strip();
        if (t.length() > NAME_MAX) {
            problems.add(new Problem(s.getSheetName(), r + 1, letter(c), "budget.problem.tooLong",
                    List.of(String.valueOf(NAME_MAX))));
        }
        return t;
    }

    static String letter(int c) {
        return CellReference.convertNumToColString(c);
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static Optional<String> nameOf(String code) {
        return FunctionalClassification.name(code);
    }
}
