package org.gongkai.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tables 二, 三 and 四 as an XLSX workbook, one sheet per table, the template's merged headings as merged regions.
 * Counts are numbers (so they can be summed); each sheet starts at A1 with the table's first heading row.
 */
final class ReportXlsx {

    private ReportXlsx() {
    }

    static byte[] workbook(ReportFigures figures) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(wb);
            for (GridTable t : ReportLayout.tables(figures)) {
                sheet(wb.createSheet(t.sheetName()), t, styles);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, GridTable t, Styles styles) {
        boolean[][] taken = new boolean[t.rows().size()][t.columns()];
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            int c = 0;
            for (GridCell cell : t.rows().get(r)) {
                while (taken[r][c]) {
                    c++;
                }
                write(sheet, r, c, cell, cell.heading() ? styles.heading : styles.value);
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                if (cell.rowSpan() > 1 || cell.colSpan() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r + cell.rowSpan() - 1, c, c + cell.colSpan() - 1));
                }
                c += cell.colSpan();
            }
            row.setHeightInPoints(-1);
        }
        for (int c = 0; c < t.columns(); c++) {
            sheet.setColumnWidth(c, (c < labelColumns(t) ? 18 : 11) * 256);
        }
    }

    private static int labelColumns(GridTable t) {
        return t.columns() == 10 ? 3 : t.columns() == 4 ? 1 : 0;
    }

    private static void write(Sheet sheet, int r, int c, GridCell cell, CellStyle style) {
        for (int dr = 0; dr < cell.rowSpan(); dr++) {
            Row row = sheet.getRow(r + dr) != null ? sheet.getRow(r + dr) : sheet.createRow(r + dr);
            for (int dc = 0; dc < cell.colSpan(); dc++) {
                row.createCell(c + dc).setCellStyle(style);
            }
        }
        Cell target = sheet.getRow(r).getCell(c);
        if (!cell.heading() && isNumber(cell.text())) {
            target.setCellValue(Double.parseDouble(cell.text()));
        } else {
            target.setCellValue(cell.text());
        }
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d{1,15}(\\.\\d{1,4})?");
    }

    private static final class Styles {
        final CellStyle heading;
        final CellStyle value;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            heading = bordered(wb, HorizontalAlignment.CENTER);
            heading.setFont(bold);
            value = bordered(wb, HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(Workbook wb, HorizontalAlignment align) {
            CellStyle s = wb.createCellStyle();
            for (var set : List.<java.util.function.Consumer<BorderStyle>>of(s::setBorderTop, s::setBorderBottom,
                    s::setBorderLeft, s::setBorderRight)) {
                set.accept(BorderStyle.THIN);
            }
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        }
    }
}
