package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a workbook in the layout {@link BudgetWorkbook} reads (ADR 0025): the staff's template, the demo content and
 * tests. The caller gives the income and expenditure items, the 项 lines of the functional classification (the 类 and
 * 款 rows and every total are added up here) and the 三公经费 rows; amounts in 万元.
 */
public final class BudgetTemplate {

    private final String title;
    private final List<Object[]> income = new ArrayList<>();
    private final List<Object[]> expenditure = new ArrayList<>();
    private final Map<String, BigDecimal[]> items = new java.util.TreeMap<>();
    private final List<Object[]> three = new ArrayList<>();
    private final Map<String, BigDecimal> economic = new java.util.TreeMap<>();
    private final Map<String, BigDecimal[]> fund = new java.util.TreeMap<>();
    private boolean fundSheet;

    private BudgetTemplate(String title) {
        this.title = title;
    }

    public static BudgetTemplate of(String title) {
        return new BudgetTemplate(title);
    }

    public BudgetTemplate income(String name, String amount) {
        income.add(new Object[] {name, new BigDecimal(amount)});
        return this;
    }

    public BudgetTemplate expenditure(String name, String amount) {
        expenditure.add(new Object[] {name, new BigDecimal(amount)});
        return this;
    }

    /** A 项 (seven-digit code of the national list) with its basic and project expenditure. */
    public BudgetTemplate item(String code, String basic, String project) {
        if (code.length() != 7 || FunctionalClassification.name(code).isEmpty()) {
            throw new IllegalArgumentException("not a known 项: " + code);
        }
        items.put(code, new BigDecimal[] {new BigDecimal(basic), new BigDecimal(project)});
        return this;
    }

    /** A 款 of the economic classification (five digits) with its basic expenditure; the 类 rows are summed here. */
    public BudgetTemplate economic(String code, String amount) {
        if (code.length() != 5 || Classification.economic().name(code).isEmpty()) {
            throw new IllegalArgumentException("not a known 款: " + code);
        }
        economic.put(code, new BigDecimal(amount));
        return this;
    }

    /** A 项 of the government-fund table; {@link #emptyFund()} writes the table with no lines. */
    public BudgetTemplate fund(String code, String basic, String project) {
        if (code.length() != 7 || FunctionalClassification.name(code).isEmpty()) {
            throw new IllegalArgumentException("not a known 项: " + code);
        }
        fund.put(code, new BigDecimal[] {new BigDecimal(basic), new BigDecimal(project)});
        fundSheet = true;
        return this;
    }

    public BudgetTemplate emptyFund() {
        fundSheet = true;
        return this;
    }

    public BudgetTemplate threePublic(String year, String abroad, String vehiclePurchase, String vehicleRunning,
                                      String reception) {
        three.add(new Object[] {year, new BigDecimal(abroad), new BigDecimal(vehiclePurchase),
                new BigDecimal(vehicleRunning), new BigDecimal(reception)});
        return this;
    }

    /** The expenditure side of 收支总表 as the 类 totals of the items given so far. */
    public BudgetTemplate expenditureByClass() {
        for (Object[] row : functionalRows()) {
            if (row[0].toString().length() == 3) {
                expenditure.add(new Object[] {row[1], row[2]});
            }
        }
        return this;
    }

    /** The sum of the items given so far (basic and project). */
    public BigDecimal itemsTotal() {
        return items.values().stream().map(v -> v[0].add(v[1])).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The 功能分类 rows in code order with 类 and 款 rows summed from their 项: code, name, total, basic, project. */
    List<Object[]> functionalRows() {
        return classRows(items);
    }

    private static List<Object[]> classRows(Map<String, BigDecimal[]> items) {
        Map<String, BigDecimal[]> all = new java.util.TreeMap<>();
        items.forEach((code, v) -> {
            for (String c : List.of(code.substring(0, 3), code.substring(0, 5), code)) {
                BigDecimal[] sum = all.computeIfAbsent(c, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                sum[0] = sum[0].add(v[0]);
                sum[1] = sum[1].add(v[1]);
            }
        });
        List<Object[]> rows = new ArrayList<>();
        all.forEach((c, v) -> rows.add(new Object[] {c, FunctionalClassification.name(c).orElse(c), v[0].add(v[1]), v[0], v[1]}));
        return rows;
    }

    public byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet summary = book.createSheet("表1 收支总表");
            put(summary, 0, title + " 收支总表");
            put(summary, 1, "收入", "金额", "支出", "金额");
            int rows = Math.max(income.size(), expenditure.size());
            for (int i = 0; i < rows; i++) {
                Object[] in = i < income.size() ? income.get(i) : new Object[] {null, null};
                Object[] ex = i < expenditure.size() ? expenditure.get(i) : new Object[] {null, null};
                put(summary, 2 + i, in[0], in[1], ex[0], ex[1]);
            }
            put(summary, 2 + rows, "总计", sum(income, 1), "总计", sum(expenditure, 1));

            XSSFSheet functional = book.createSheet("表4 一般公共预算支出表");
            put(functional, 0, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
            List<Object[]> lines = functionalRows();
            BigDecimal[] grand = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            for (int i = 0; i < lines.size(); i++) {
                Object[] l = lines.get(i);
                put(functional, 1 + i, l);
                if (l[0].toString().length() == 3) {
                    for (int k = 0; k < 3; k++) {
                        grand[k] = grand[k].add((BigDecimal) l[2 + k]);
                    }
                }
            }
            put(functional, 1 + lines.size(), null, "合计", grand[0], grand[1], grand[2]);

            if (!economic.isEmpty()) {
                XSSFSheet sheet = book.createSheet("表6 一般公共预算基本支出表（按经济分类）");
                put(sheet, 0, "科目编码", "科目名称", "合计");
                Map<String, BigDecimal> rowsByCode = new java.util.TreeMap<>();
                economic.forEach((c, v) -> {
                    rowsByCode.merge(c.substring(0, 3), v, BigDecimal::add);
                    rowsByCode.put(c, v);
                });
                int r = 1;
                for (var e : rowsByCode.entrySet()) {
                    put(sheet, r++, e.getKey(), Classification.economic().name(e.getKey()).orElse(e.getKey()), e.getValue());
                }
                put(sheet, r, null, "合计", economic.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            if (fundSheet) {
                XSSFSheet sheet = book.createSheet("表8 政府性基金预算支出表");
                put(sheet, 0, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
                List<Object[]> rowsOut = classRows(fund);
                BigDecimal[] g = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
                for (int i = 0; i < rowsOut.size(); i++) {
                    Object[] l = rowsOut.get(i);
                    put(sheet, 1 + i, l);
                    if (l[0].toString().length() == 3) {
                        for (int k = 0; k < 3; k++) {
                            g[k] = g[k].add((BigDecimal) l[2 + k]);
                        }
                    }
                }
                put(sheet, 1 + rowsOut.size(), null, "合计", g[0], g[1], g[2]);
            }

            XSSFSheet threePublic = book.createSheet("表7 三公经费支出表");
            put(threePublic, 0, "年度", "合计", "因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费");
            for (int i = 0; i < three.size(); i++) {
                Object[] t = three.get(i);
                BigDecimal total = ((BigDecimal) t[1]).add((BigDecimal) t[2]).add((BigDecimal) t[3]).add((BigDecimal) t[4]);
                put(threePublic, 1 + i, t[0], total, t[1], t[2], t[3], t[4]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal sum(List<Object[]> rows, int column) {
        return rows.stream().map(r -> (BigDecimal) r[column]).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void put(XSSFSheet sheet, int r, Object... cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof BigDecimal n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    /** The example the upload page offers: a small education bureau's budget, consistent in every check. */
    static byte[] example() {
        return of("某县教育局 2026 年部门预算")
                .income("一般公共预算拨款收入", "1150.00").income("事业收入", "50.00")
                .expenditure("教育支出", "1080.00").expenditure("社会保障和就业支出", "80.00")
                .expenditure("住房保障支出", "40.00")
                .item("2050101", "120.00", "0.00").item("2050202", "500.00", "80.00").item("2050203", "300.00", "80.00")
                .item("2080505", "80.00", "0.00").item("2210201", "40.00", "0.00")
                .threePublic("2025", "0", "0", "10.30", "2.00").threePublic("2026", "0", "0", "9.50", "1.50")
                .economic("30101", "400.00").economic("30102", "300.00").economic("30108", "80.00")
                .economic("30201", "60.00").economic("30211", "40.00").economic("30217", "1.50").emptyFund()
                .xlsx();
    }
}
