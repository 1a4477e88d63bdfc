package org.gongkai.document;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Redacts an XLSX in place (POI XSSF): shared strings are rewritten where they are stored (so no orphan copy of the
 * value stays in sharedStrings.xml), then inline strings, numbers that show a value (a mobile typed as a number), formula
 * cells whose cached value or formula holds one (replaced by the masked value as text), cell comments and the document
 * properties.
 */
final class XlsxRedactor {

    private XlsxRedactor() {
    }

    static byte[] redact(Path file, Collection<Replacement> replacements) throws IOException {
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            SharedStringsTable sst = wb.getSharedStringSource();
            if (sst != null) {
                for (int i = 0; i < sst.getUniqueCount(); i++) {
                    XSSFRichTextString s = (XSSFRichTextString) sst.getItemAt(i);
                    if (Replacement.anyIn(s.getString(), replacements)) {
                        s.setString(Replacement.apply(s.getString(), replacements));
                    }
                }
            }
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cell(cell, formatter, replacements);
                    }
                }
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                String name = wb.getSheetName(i);
                if (Replacement.anyIn(name, replacements)) {
                    // a mask's * may not stand in a sheet name; POI renames the references in formulas too
                    wb.setSheetName(i, WorkbookUtil.createSafeSheetName(Replacement.apply(name, replacements), '_'));
                }
            }
            for (Name name : wb.getAllNames()) {
                String formula = name.getRefersToFormula();
                if (formula != null && Replacement.anyIn(formula, replacements)) {
                    name.setRefersToFormula(Replacement.apply(formula, replacements));
                }
            }
            DocxRedactor.properties(wb.getProperties(), replacements);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(Cell cell, DataFormatter formatter, Collection<Replacement> replacements) {
        String shown = SpreadsheetText.value(cell, formatter);
        boolean inFormula = cell.getCellType() == CellType.FORMULA && Replacement.anyIn(cell.getCellFormula(), replacements);
        if (Replacement.anyIn(shown, replacements) || inFormula) {
            if (cell.getCellType() == CellType.FORMULA) {
                cell.removeFormula();
            }
            cell.setCellValue(Replacement.apply(shown, replacements));
        }
        Comment comment = cell.getCellComment();
        if (comment != null && comment.getString() != null
                && Replacement.anyIn(comment.getString().getString(), replacements)) {
            comment.setString(new XSSFRichTextString(Replacement.apply(comment.getString().getString(), replacements)));
        }
    }
}
