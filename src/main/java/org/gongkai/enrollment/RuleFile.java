package org.gongkai.enrollment;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a file of rules — CSV (UTF-8, with or without BOM, or GBK/GB18030 as Excel saves it on a Chinese Windows) or
 * XLSX (the first sheet) — into checked rules, or into problems each naming its row (as the spreadsheet numbers it,
 * the header being row 1) and column (letter and header). A file with any problem loads nothing.
 */
final class RuleFile {

    static final int MAX_ROWS = 200_000;
    static final int MAX_PROBLEMS = 100;

    /** A problem at a place in the file; {@code column} is null for a problem of the whole row or file. */
    record Problem(int row, String column, String header, String key, String value) {
    }

    record Result(List<RuleValues> rules, List<Problem> problems, int moreProblems) {
        boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The recognised headers of each field, in their normal form. */
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        head("school", "学校", "学校名称", "school");
        head("street", "街路巷", "街道", "道路", "路名", "街路巷名称", "street");
        head("numberFrom", "起始号", "起号", "门牌起", "起始门牌号", "from", "numberfrom");
        head("numberTo", "终止号", "止号", "门牌止", "终止门牌号", "to", "numberto");
        head("parity", "单双号", "单双", "parity");
        head("compound", "小区", "小区名称", "住宅小区", "compound");
        head("note", "备注", "note");
    }

    private static void head(String field, String... names) {
        for (String n : names) {
            HEADERS.put(AddressNormaliser.normalise(n), field);
        }
    }

    private RuleFile() {
    }

    static Result read(String fileName, byte[] bytes) {
        List<List<String>> rows;
        try {
            rows = isXlsx(fileName, bytes) ? xlsx(bytes) : Csv.parse(decode(bytes));
        } catch (IOException | RuntimeException e) {
            return new Result(List.of(), List.of(new Problem(1, null, null, "zoning.import.unreadable", null)), 0);
        }
        return check(rows);
    }

    static Result check(List<List<String>> rows) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Result(List.of(), List.of(new Problem(1, null, null, "zoning.import.empty", null)), 0);
        }
        List<String> header = rows.get(0);
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String h = header.get(c) == null ? "" : header.get(c);
            if (h.isBlank()) {
                continue;
            }
            String field = HEADERS.get(AddressNormaliser.normalise(h).toLowerCase(Locale.ROOT));
            if (field == null) {
                problems.add(new Problem(1, letter(c), h.strip(), "zoning.import.unknownColumn", h.strip()));
            } else if (columns.putIfAbsent(field, c) != null) {
                problems.add(new Problem(1, letter(c), h.strip(), "zoning.import.repeatedColumn", h.strip()));
            }
        }
        if (!columns.containsKey("school")) {
            problems.add(new Problem(1, null, null, "zoning.import.noSchoolColumn", null));
        }
        if (!columns.containsKey("street") && !columns.containsKey("compound")) {
            problems.add(new Problem(1, null, null, "zoning.import.noPlaceColumn", null));
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, 0);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return new Result(List.of(), List.of(new Problem(MAX_ROWS + 2, null, null, "zoning.import.tooManyRows",
                    String.valueOf(MAX_ROWS))), 0);
        }
        List<RuleValues> rules = new ArrayList<>(rows.size());
        int more = 0;
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            RuleChecks.Outcome o = RuleChecks.check(new RuleChecks.Raw(cell(row, columns, "school"),
                    cell(row, columns, "street"), cell(row, columns, "numberFrom"), cell(row, columns, "numberTo"),
                    cell(row, columns, "parity"), cell(row, columns, "compound"), cell(row, columns, "note")));
            if (o.ok()) {
                rules.add(o.values());
                continue;
            }
            for (Map.Entry<String, String> e : o.errors().entrySet()) {
                Integer c = columns.get(e.getKey());
                if (problems.size() >= MAX_PROBLEMS) {
                    more++;
                } else if (c == null) {
                    problems.add(new Problem(r + 1, null, null, e.getValue(), null));
                } else {
                    String value = cell(row, columns, e.getKey());
                    problems.add(new Problem(r + 1, letter(c), header.get(c).strip(), e.getValue(),
                            value == null ? null : abbreviate(value.strip())));
                }
            }
        }
        if (rules.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(2, null, null, "zoning.import.empty", null));
        }
        return new Result(problems.isEmpty() ? rules : List.of(), problems, more);
    }

    private static String cell(List<String> row, Map<String, Integer> columns, String field) {
        Integer c = columns.get(field);
        return c == null || c >= row.size() ? null : row.get(c);
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static boolean isXlsx(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        return zip || (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else GB18030, which reads every GBK file. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> xlsx(byte[] bytes) throws IOException {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum() && r <= MAX_ROWS + 1; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? null : format.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
