package org.gongkai.budget;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The budget table set read from XLSX: a consistent workbook passes; every inconsistency is named by place. */
class BudgetWorkbookTest {

    static void rows(XSSFSheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    static byte[] workbook(Object[][] summary, Object[][] functional, Object[][] three) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            rows(book.createSheet("表1 收支总表"), summary);
            rows(book.createSheet("表4 一般公共预算支出表"), functional);
            rows(book.createSheet("表7 三公经费支出表"), three);
            book.write(out);
            return out.toByteArray();
        }
    }

    static final Object[][] SUMMARY = {
            {"某县教育局 2026 年部门收支总表"},
            {"收入", "金额", "支出", "金额"},
            {"一般公共预算拨款收入", 1000.50, "教育支出", 1100.50},
            {"事业收入", 200, "社会保障和就业支出", 100},
            {"总计", 1200.50, "总计", 1200.50}};
    static final Object[][] FUNCTIONAL = {
            {"科目编码", "科目名称", "合计", "基本支出", "项目支出"},
            {"205", "教育支出", 1100.50, 800.50, 300},
            {"20502", "普通教育", 1100.50, 800.50, 300},
            {"2050202", "小学教育", 600.50, 500.50, 100},
            {"2050203", "初中教育", 500, 300, 200},
            {"208", "社会保障和就业支出", 100, 100, 0},
            {"20805", "行政事业单位养老支出", 100, 100, 0},
            {"2080505", "机关事业单位基本养老保险缴费支出", 100, 100, 0},
            {null, "合计", 1200.50, 900.50, 300}};
    static final Object[][] THREE = {
            {"年度", "合计", "因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费"},
            {"2025", 12.30, 0, 0, 10.30, 2},
            {"2026", 11, 0, 0, 9.50, 1.50}};

    @Test
    void aConsistentTableSetReadsWithoutProblems() throws IOException {
        BudgetWorkbook.Result r = BudgetWorkbook.read(workbook(SUMMARY, FUNCTIONAL, THREE));
        assertThat(r.problems()).isEmpty();
        assertThat(r.functional()).extracting(BudgetWorkbook.Line::code)
                .containsExactly("205", "20502", "2050202", "2050203", "208", "20805", "2080505");
        assertThat(r.functionalTotal()).isEqualByComparingTo("1200.50");
        assertThat(r.summary().incomeTotal()).isEqualByComparingTo("1200.50");
        assertThat(r.threePublic()).extracting(BudgetWorkbook.ThreePublic::year).containsExactly("2025", "2026");
    }

    @Test
    void everyProblemNamesSheetRowAndColumn() throws IOException {
        Object[][] summary = SUMMARY.clone();
        summary[4] = new Object[] {"总计", 1200.50, "总计", 1200.60};            // expenditure does not add up; unbalanced
        Object[][] functional = FUNCTIONAL.clone();
        functional[3] = new Object[] {"2050202", "小学教育", 600.50, 500, 100};   // row 4: 合计 ≠ 基本 + 项目
        functional[4] = new Object[] {"2050301", "初等职业教育", 500, 300, 200};  // row 5: 项 outside its 款 20502
        functional[7] = new Object[] {"2089999", "不存在的科目", 100, 100, 0};     // row 8: unknown code
        Object[][] three = THREE.clone();
        three[2] = new Object[] {"2026", 12, 0, 0, 9.50, "一点五"};               // row 3: F not a number
        BudgetWorkbook.Result r = BudgetWorkbook.read(workbook(summary, functional, three));
        assertThat(r.problems()).extracting(BudgetWorkbook.Problem::sheet, BudgetWorkbook.Problem::row,
                        BudgetWorkbook.Problem::column, BudgetWorkbook.Problem::key)
                .contains(
                        tuple("表1 收支总表", 5, "D", "budget.problem.sum"),
                        tuple("表1 收支总表", 5, "D", "budget.problem.unbalanced"),
                        tuple("表4 一般公共预算支出表", 4, "C", "budget.problem.rowSum"),
                        tuple("表4 一般公共预算支出表", 5, "A", "budget.problem.itemOutsideSection"),
                        tuple("表4 一般公共预算支出表", 8, "A", "budget.problem.unknownCode"),
                        tuple("表7 三公经费支出表", 3, "F", "budget.problem.notANumber"));
        assertThat(r.problems()).filteredOn(p -> p.key().equals("budget.problem.itemOutsideSection"))
                .singleElement().satisfies(p -> assertThat(p.args()).isEqualTo(List.of("2050301", "20502")));
        // the 款 20805 keeps its number but lost its only 项: its class 208 still adds up; the grand total does too
        assertThat(r.problems()).noneMatch(p -> p.row() == 9);
    }

    @Test
    void totalsThatDoNotAddUpAreCaughtAtEveryLevel() throws IOException {
        Object[][] functional = FUNCTIONAL.clone();
        functional[1] = new Object[] {"205", "教育支出", 1100, 800, 300};          // row 2: class ≠ its sections
        functional[8] = new Object[] {null, "合计", 1300.50, 1000.50, 300};       // row 9: grand total ≠ classes
        Object[][] three = THREE.clone();
        three[1] = new Object[] {"2025", 13, 0, 0, 10.30, 2};                      // row 2: 合计 ≠ parts
        BudgetWorkbook.Result r = BudgetWorkbook.read(workbook(SUMMARY, functional, three));
        assertThat(r.problems()).extracting(BudgetWorkbook.Problem::sheet, BudgetWorkbook.Problem::row,
                        BudgetWorkbook.Problem::column, BudgetWorkbook.Problem::key)
                .contains(
                        tuple("表4 一般公共预算支出表", 2, "C", "budget.problem.sum"),
                        tuple("表4 一般公共预算支出表", 9, "C", "budget.problem.sum"),
                        tuple("表7 三公经费支出表", 2, "B", "budget.problem.sum"));
        assertThat(BudgetWorkbook.read(new byte[] {1, 2, 3}).problems()).extracting(BudgetWorkbook.Problem::key)
                .containsExactly("budget.problem.unreadable");
    }
}
