package org.gongkai.budget;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a published publication's tables as an XLSX in the layout {@link BudgetWorkbook} reads (so a download can be
 * read back and checks the same), from the stored rows: the uploaded file itself is not kept (ADR 0032). Text cells a
 * spreadsheet could evaluate are written as text cells, never formulas.
 */
final class BudgetXlsx {

    private BudgetXlsx() {
    }

    static byte[] of(Publication p, BudgetStore.Tables t) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet summary = book.createSheet("表1 收支总表");
            put(summary, 0, "单位：万元");
            put(summary, 1, "收入", "金额", "支出", "金额");
            int rows = Math.max(t.income().size(), t.expenditure().size());
            for (int i = 0; i < rows; i++) {
                BudgetWorkbook.Item in = i < t.income().size() ? t.income().get(i) : null;
                BudgetWorkbook.Item ex = i < t.expenditure().size() ? t.expenditure().get(i) : null;
                put(summary, 2 + i, in == null ? null : in.name(), in == null ? null : in.amount(),
                        ex == null ? null : ex.name(), ex == null ? null : ex.amount());
            }
            put(summary, 2 + rows, "总计", p.incomeTotal(), "总计", p.incomeTotal());
            classified(book.createSheet("表4 一般公共预算支出表"), t.functional(), p.functionalTotal(), true);
            XSSFSheet three = book.createSheet("表7 三公经费支出表");
            put(three, 0, "年度", "合计", "因公出国（境）费", "公务用车购置费", "公务用车运行费", "公务接待费");
            for (int i = 0; i < t.threePublic().size(); i++) {
                BudgetWorkbook.ThreePublic r = t.threePublic().get(i);
                put(three, 1 + i, r.year(), r.total(), r.abroad(), r.vehiclePurchase(), r.vehicleRunning(), r.reception());
            }
            if (t.economic() != null) {
                classified(book.createSheet("表6 一般公共预算基本支出表（按经济分类）"), t.economic(), t.economicTotal(), false);
            }
            if (t.fund() != null) {
                classified(book.createSheet("表8 政府性基金预算支出表"), t.fund(), t.fundTotal(), true);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void classified(XSSFSheet sheet, List<BudgetWorkbook.Line> lines, BigDecimal total, boolean split) {
        if (split) {
            put(sheet, 0, "科目编码", "科目名称", "合计", "基本支出", "项目支出");
        } else {
            put(sheet, 0, "科目编码", "科目名称", "合计");
        }
        for (int i = 0; i < lines.size(); i++) {
            BudgetWorkbook.Line l = lines.get(i);
            if (split) {
                put(sheet, 1 + i, l.code(), l.name(), l.total(), l.basic(), l.project());
            } else {
                put(sheet, 1 + i, l.code(), l.name(), l.total());
            }
        }
        BigDecimal basic = lines.stream().filter(l -> l.code().length() == 3).map(BudgetWorkbook.Line::basic)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal project = lines.stream().filter(l -> l.code().length() == 3).map(BudgetWorkbook.Line::project)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (split) {
            put(sheet, 1 + lines.size(), null, "合计", total, basic, project);
        } else {
            put(sheet, 1 + lines.size(), null, "合计", total);
        }
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
}
