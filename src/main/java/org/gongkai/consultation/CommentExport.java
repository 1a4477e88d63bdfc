package org.gongkai.consultation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.platform.Zones;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every comment of a consultation as a table for the drafting office (staff only: it holds the contact details), as
 * CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese text) or XLSX. Texts are exported as
 * typed; a CSV cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
 */
final class CommentExport {

    static final List<String> HEADINGS = List.of("编号", "条文", "渠道", "收到时间", "录入方式", "姓名", "联系方式",
            "意见", "审核", "采纳情况", "理由");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CommentExport() {
    }

    /** One row per comment, in the order received; {@code label} turns a message key into its Chinese text. */
    static List<List<String>> rows(List<Comment> comments, Map<Long, String> positions, Function<String, String> label) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Comment k : comments) {
            rows.add(List.of(String.valueOf(k.id()),
                    k.passageId() == null ? label.apply("consult.general") : positions.get(k.passageId()),
                    label.apply(k.channel().labelKey()),
                    TIME.format(k.receivedAt().atZone(Zones.CHINA)),
                    label.apply(k.enteredByStaff() ? "consult.entered.byStaff" : "consult.entered.online"),
                    nullToEmpty(k.authorName()), nullToEmpty(k.contact()), k.body(),
                    label.apply(k.moderation().labelKey()),
                    k.decision() == null ? "" : label.apply(k.decision().labelKey()),
                    nullToEmpty(k.decisionReason())));
        }
        return rows;
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("意见");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c)); // text cells: never evaluated as formulas
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
