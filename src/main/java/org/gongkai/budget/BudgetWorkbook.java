package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * column letter. One reader per table ({@link SummarySheet}, {@link ClassifiedSheet}, {@link ThreePublicSheet}) over
 * the shared {@link WorkbookCells}; this class finds the sheets and puts the result together.
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
    static final BigDecimal AMOUNT_LIMIT = new BigDecimal("100000000000000");

    private final WorkbookCells cells = new WorkbookCells();

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
            Summary summary = summarySheet == null ? null : SummarySheet.read(summarySheet, cells);
            List<Line> lines = new ArrayList<>();
            BigDecimal functionalTotal = functionalSheet == null ? null
                    : ClassifiedSheet.read(functionalSheet, lines, Classification.functional(), true, cells);
            List<ThreePublic> three = threeSheet == null ? List.of() : ThreePublicSheet.read(threeSheet, cells);
            Sheet economicSheet = sheet(book, "经济分类", "基本支出");
            Sheet fundSheet = sheet(book, "政府性基金");
            List<Line> economic = economicSheet == null ? null : new ArrayList<>();
            BigDecimal economicTotal = economicSheet == null ? null
                    : ClassifiedSheet.read(economicSheet, economic, Classification.economic(), false, cells);
            List<Line> fund = fundSheet == null ? null : new ArrayList<>();
            BigDecimal fundTotal = fundSheet == null ? null : ClassifiedSheet.read(fundSheet, fund, Classification.functional(), true, cells);
            if (summarySheet == null) {
                cells.add(new Problem("收支总表", 0, null, "budget.problem.missingSheet", List.of("收支总表")));
            }
            if (functionalSheet == null) {
                cells.add(new Problem("一般公共预算支出表", 0, null, "budget.problem.missingSheet", List.of("一般公共预算支出表")));
            }
            if (threeSheet == null) {
                cells.add(new Problem("三公经费", 0, null, "budget.problem.missingSheet", List.of("三公经费")));
            }
            return new Result(summary, lines, functionalTotal, three, economic, economicTotal, fund, fundTotal,
                    cells.problems());
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

    static Optional<String> nameOf(String code) {
        return FunctionalClassification.name(code);
    }
}
