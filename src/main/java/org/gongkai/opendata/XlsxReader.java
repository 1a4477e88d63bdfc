package org.gongkai.opendata;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of a workbook into records as a person sees them (formatted values; a formula as its cached
 * result), so a spreadsheet goes through the same checks as a CSV. Each record's line is the sheet's row number.
 */
final class XlsxReader {

    static final int MAX_ROWS = 200_000;

    private XlsxReader() {
    }

    /**
     * Only the first sheet's cells are checked and screened, and the file is published as uploaded: so a workbook
     * with anything beyond that sheet — another sheet (hidden or not), macros, embedded objects, links to other
     * workbooks — is refused rather than published unchecked.
     */
    private static void refuseUnchecked(XSSFWorkbook book) {
        List<Problem> problems = new ArrayList<>();
        if (book.getNumberOfSheets() > 1) {
            problems.add(Problem.of("od.check.xlsxSheets", book.getNumberOfSheets()));
        }
        if (book.isMacroEnabled()) {
            problems.add(Problem.of("od.check.xlsxMacros"));
        }
        if (!book.getExternalLinksTable().isEmpty()) {
            problems.add(Problem.of("od.check.xlsxExternal"));
        }
        try {
            if (!book.getAllEmbeddedParts().isEmpty()) {
                problems.add(Problem.of("od.check.xlsxEmbedded"));
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            problems.add(Problem.of("od.check.xlsxEmbedded"));
        }
        if (!problems.isEmpty()) {
            throw new UploadRefused(problems);
        }
    }

    static List<CsvReader.Record> read(byte[] bytes) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new UploadRefused(Problem.of("od.check.empty"));
            }
            refuseUnchecked((XSSFWorkbook) book);
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new UploadRefused(Problem.of("od.check.tooManyRows", MAX_ROWS));
            }
            DataFormatter formatter = new DataFormatter();
            List<CsvReader.Record> out = new ArrayList<>();
            int width = -1;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> fields = new ArrayList<>();
                int last = row == null ? 0 : Math.max(0, row.getLastCellNum());
                for (int c = 0; c < Math.max(last, Math.max(width, 0)); c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    fields.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                // cells beyond the header's width count only when something is in them
                int keep = fields.size();
                while (keep > Math.max(width, 0) && fields.get(keep - 1).isBlank()) {
                    keep--;
                }
                List<String> kept = List.copyOf(fields.subList(0, keep));
                if (width < 0 && !kept.isEmpty()) {
                    width = kept.size();
                }
                out.add(new CsvReader.Record(r + 1, kept));
            }
            return out;
        } catch (UploadRefused e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new UploadRefused(Problem.of("od.check.xlsx"));
        }
    }
}
