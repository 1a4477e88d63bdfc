package org.gongkai.participation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.identity.StaffUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A survey's responses for staff, as CSV and as XLSX, both from {@link SurveyTable}. CSV: RFC 4180 quoting, CRLF
 * rows, a UTF-8 byte-order mark for spreadsheets; a cell a spreadsheet would read as a formula gets a leading
 * apostrophe. XLSX: every cell a string cell (a spreadsheet never evaluates one, so text is kept exactly as typed),
 * except a rating's point, which is a number so that it can be averaged.
 */
@Controller
class SurveyFiles {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final BuildSurvey build;
    private final SurveyStore store;

    SurveyFiles(BuildSurvey build, SurveyStore store) {
        this.build = build;
        this.store = store;
    }

    @GetMapping("/admin/surveys/{id}/responses.csv")
    ResponseEntity<byte[]> csv(StaffUser user, @PathVariable long id) {
        Survey s = build.readable(user, id);
        byte[] body = ("\uFEFF" + csv(s, store.export(id))).getBytes(StandardCharsets.UTF_8);
        return download(new MediaType("text", "csv", StandardCharsets.UTF_8), "survey-" + id + ".csv", body);
    }

    @GetMapping("/admin/surveys/{id}/responses.xlsx")
    ResponseEntity<byte[]> xlsx(StaffUser user, @PathVariable long id) {
        Survey s = build.readable(user, id);
        return download(XLSX, "survey-" + id + ".xlsx", xlsx(s, store.export(id)));
    }

    private static ResponseEntity<byte[]> download(MediaType type, String name, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    static String csv(Survey s, List<SurveyStore.ExportCell> cells) {
        SurveyTable t = SurveyTable.of(s, cells);
        StringBuilder out = new StringBuilder();
        row(out, t.header());
        for (SurveyTable.Row r : t.rows()) {
            List<String> line = new ArrayList<>(List.of(String.valueOf(r.number()), r.submittedAt()));
            line.addAll(r.cells());
            row(out, line);
        }
        return out.toString();
    }

    static byte[] xlsx(Survey s, List<SurveyStore.ExportCell> cells) {
        SurveyTable t = SurveyTable.of(s, cells);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("答卷");
            Row head = sheet.createRow(0);
            for (int c = 0; c < t.header().size(); c++) {
                head.createCell(c).setCellValue(t.header().get(c));
            }
            sheet.createFreezePane(0, 1);
            int i = 1;
            for (SurveyTable.Row r : t.rows()) {
                Row row = sheet.createRow(i++);
                row.createCell(0).setCellValue(r.number());
                row.createCell(1).setCellValue(r.submittedAt());
                for (int c = 0; c < r.cells().size(); c++) {
                    String v = r.cells().get(c);
                    Survey.Question q = s.questions().get(c);
                    if (q.kind() == SurveyQuestionKind.RATING && v.matches("\\d{1,2}")) {
                        row.createCell(c + 2).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(c + 2).setCellValue(v);
                    }
                }
            }
            sheet.setColumnWidth(1, 20 * 256);
            for (int c = 2; c < t.header().size(); c++) {
                sheet.setColumnWidth(c, 30 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }
}
