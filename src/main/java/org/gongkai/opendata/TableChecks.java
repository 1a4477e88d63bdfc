package org.gongkai.opendata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a tabular upload, in the words a clerk understands: what is wrong with the header, which lines have
 * too many or too few cells, which rows are empty, which values do not fit their column's type, and which cells a
 * spreadsheet would run as a formula. Problems that make the table unusable refuse it; the others are kept as
 * warnings with the version.
 */
final class TableChecks {

    static final int MAX_COLUMNS = 200;
    static final int MAX_HEADER = 200;
    static final int LISTED = 5;

    record Checked(Table table, List<ColumnType> types, List<Problem> warnings) {

        List<ResourceVersion.Column> columns() {
            List<ResourceVersion.Column> out = new ArrayList<>();
            for (int i = 0; i < table.headers().size(); i++) {
                out.add(new ResourceVersion.Column(table.headers().get(i), types.get(i)));
            }
            return out;
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+|\\d{1,3}(,\\d{3})+)?\\.\\d+%?|[+-]?\\d+(\\.\\d+)?%");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/年](\\d{1,2})[-/月](\\d{1,2})日?");

    private TableChecks() {
    }

    static Checked check(List<CsvReader.Record> records) {
        if (records.isEmpty() || records.stream().allMatch(r -> blank(r.fields()))) {
            throw new UploadRefused(Problem.of("od.check.empty"));
        }
        List<Problem> errors = new ArrayList<>();
        CsvReader.Record head = records.get(0);
        if (blank(head.fields())) {
            throw new UploadRefused(Problem.of("od.check.header.missing"));
        }
        List<String> headers = head.fields().stream().map(String::strip).toList();
        if (headers.size() > MAX_COLUMNS) {
            throw new UploadRefused(Problem.of("od.check.header.tooMany", headers.size(), MAX_COLUMNS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isEmpty()) {
                errors.add(Problem.of("od.check.header.blank", i + 1));
            } else if (h.length() > MAX_HEADER) {
                errors.add(Problem.of("od.check.header.long", i + 1, MAX_HEADER));
            } else if (!seen.add(h)) {
                errors.add(Problem.of("od.check.header.duplicate", h));
            }
        }
        if (headers.stream().allMatch(h -> !h.isEmpty() && type(h) != ColumnType.TEXT)) {
            errors.add(Problem.of("od.check.header.looksLikeData"));
        }
        List<Table.Row> rows = new ArrayList<>();
        List<Integer> emptyLines = new ArrayList<>();
        int widthErrors = 0;
        for (CsvReader.Record r : records.subList(1, records.size())) {
            if (blank(r.fields())) {
                emptyLines.add(r.line());
                continue;
            }
            if (r.fields().size() != headers.size()) {
                if (widthErrors++ < LISTED) {
                    errors.add(Problem.of("od.check.width", r.line(), r.fields().size(), headers.size()));
                }
                continue;
            }
            rows.add(new Table.Row(r.line(), r.fields()));
        }
        if (widthErrors > LISTED) {
            errors.add(Problem.of("od.check.width.more", widthErrors - LISTED));
        }
        if (rows.isEmpty() && widthErrors == 0) {
            errors.add(Problem.of("od.check.noRows"));
        }
        int formulas = 0;
        for (Table.Row row : rows) {
            for (int i = 0; i < row.cells().size(); i++) {
                if (formulaLike(row.cells().get(i)) && formulas++ < LISTED) {
                    errors.add(Problem.of("od.check.formula", row.line(), headers.get(i)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new UploadRefused(errors);
        }
        List<Problem> warnings = new ArrayList<>();
        if (!emptyLines.isEmpty()) {
            warnings.add(Problem.of("od.check.emptyRows", emptyLines.size(),
                    String.join(", ", emptyLines.stream().limit(LISTED).map(String::valueOf).toList())));
        }
        Table table = new Table(headers, List.copyOf(rows));
        List<ColumnType> types = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            types.add(columnType(table, i, warnings));
        }
        return new Checked(table, List.copyOf(types), List.copyOf(warnings));
    }

    /**
     * The type of the column's values: the one every non-blank value has (integers count as decimals in a decimal
     * column); when nine in ten or more share a number or date type, that type, with a warning for the exceptions.
     */
    static ColumnType columnType(Table table, int column, List<Problem> warnings) {
        int[] counts = new int[ColumnType.values().length];
        int nonBlank = 0;
        for (Table.Row r : table.rows()) {
            String v = r.cell(column).strip();
            if (!v.isEmpty()) {
                counts[type(v).ordinal()]++;
                nonBlank++;
            }
        }
        if (nonBlank == 0) {
            return ColumnType.TEXT;
        }
        int ints = counts[ColumnType.INTEGER.ordinal()];
        int decimals = counts[ColumnType.DECIMAL.ordinal()];
        int dates = counts[ColumnType.DATE.ordinal()];
        ColumnType best;
        int fitting;
        if (ints + decimals >= dates) {
            best = decimals > 0 ? ColumnType.DECIMAL : ColumnType.INTEGER;
            fitting = ints + decimals;
        } else {
            best = ColumnType.DATE;
            fitting = dates;
        }
        if (fitting == nonBlank) {
            return best;
        }
        if (fitting * 10 < nonBlank * 9) {
            return ColumnType.TEXT;
        }
        int listed = 0;
        for (Table.Row r : table.rows()) {
            String v = r.cell(column).strip();
            if (!v.isEmpty() && !fits(type(v), best) && listed++ < 3) {
                warnings.add(Problem.of("od.check.type." + best.name(), table.headers().get(column), r.line(), v));
            }
        }
        return best;
    }

    private static boolean fits(ColumnType value, ColumnType column) {
        return value == column || value == ColumnType.INTEGER && column == ColumnType.DECIMAL;
    }

    static ColumnType type(String v) {
        if (INTEGER.matcher(v).matches()) {
            return ColumnType.INTEGER;
        }
        if (DECIMAL.matcher(v).matches()) {
            return ColumnType.DECIMAL;
        }
        Matcher m = DATE.matcher(v);
        if (m.matches()) {
            try {
                LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                return ColumnType.DATE;
            } catch (RuntimeException e) {
                return ColumnType.TEXT;
            }
        }
        return ColumnType.TEXT;
    }

    /** A cell a spreadsheet program would evaluate (CSV injection): refused rather than published. */
    static boolean formulaLike(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        return (c == '+' || c == '-') && cell.length() > 1 && type(cell.strip()) == ColumnType.TEXT;
    }

    private static boolean blank(List<String> fields) {
        return fields.stream().allMatch(String::isBlank);
    }
}
