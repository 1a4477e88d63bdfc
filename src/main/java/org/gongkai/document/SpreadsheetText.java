package org.gongkai.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Every cell of a workbook (XLSX through XSSF, XLS through HSSF): one sheet row per line, cells separated by tabs,
 * each cell's location its sheet and reference ({@code 名单!B2}). Numbers are read as Excel shows them; formula cells
 * by their cached value; cell comments follow the cell.
 */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static TextWithSpans extract(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            TextWithSpans out = new TextWithSpans();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = "cell:" + sheet.getSheetName() + "!" + cell.getAddress().formatAsString();
                        out.add(value(cell, formatter).replace('\n', ' ').replace('\t', ' '), where);
                        Comment comment = cell.getCellComment();
                        if (comment != null && comment.getString() != null) {
                            out.tab();
                            out.add(comment.getString().getString().replace('\n', ' ').replace('\t', ' '), where);
                        }
                        out.tab();
                    }
                    out.newLine();
                }
                out.newLine();
            }
            return out;
        }
    }

    static String value(Cell cell, DataFormatter formatter) {
        return switch (cell.getCellType()) {
            case FORMULA -> switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getRichStringCellValue().getString();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "0.##########");
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
            case NUMERIC -> formatter.formatCellValue(cell).contains("E")
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "0.##########")
                    : formatter.formatCellValue(cell);
            default -> formatter.formatCellValue(cell);
        };
    }
}
