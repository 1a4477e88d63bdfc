package org.gongkai.opendata;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A resource catalogue as a table (header row and rows of text) written as CSV or XLSX. The CSV is UTF-8 with a
 * byte-order mark (so spreadsheet programs read Chinese), every cell quoted, and a cell that a spreadsheet would take
 * for a formula prefixed with an apostrophe; XLSX cells are text, never formulas.
 */
record DirectoryExport(List<String> header, List<List<String>> rows, String note) {

    byte[] csv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, header);
        rows.forEach(r -> line(b, r));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(String sheetName, String noteSheetName) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            write(sheet.createRow(0), header);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            sheet.createFreezePane(0, 1);
            wb.createSheet(noteSheetName).createRow(0).createCell(0).setCellValue(note);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i) == null ? "" : cells.get(i));
        }
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (!c.isEmpty() && "=+-@\t\r".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
