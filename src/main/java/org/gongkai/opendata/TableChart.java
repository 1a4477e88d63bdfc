package org.gongkai.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A simple chart of a table, drawn on the server: the values of one numeric column against the labels of another,
 * as bars or as a line, laid out here in SVG user units (the template only writes the shapes, so no script runs in
 * the browser and every text goes through the template's escaping). Cells that are not numbers are left out and
 * counted. The scale starts at zero (bars must) and is rounded to 1, 2 or 5 times a power of ten.
 */
record TableChart(Kind kind, String labelColumn, String valueColumn, List<Point> points, int skipped,
                  List<Tick> ticks, double baseline, String polyline) {

    enum Kind { BAR, LINE }

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    static final int LEFT = 72;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 96;
    static final int LABEL_CHARS = 8;

    /** A charted row: its label and value as in the table, and where its bar or point is drawn. */
    record Point(String label, String value, String shortLabel, String x, String y, String width, String height,
                 String centre, String dotY, String labelY) {
    }

    /** A line of the value axis: where it is drawn and the value it marks. */
    record Tick(String y, String label) {
    }

    static TableChart of(Table table, int labelIndex, int valueIndex, Kind kind, int maxRows) {
        List<String[]> rows = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int skipped = 0;
        for (Table.Row r : table.rows()) {
            if (rows.size() == maxRows) {
                break;
            }
            BigDecimal v = number(r.cell(valueIndex));
            if (v == null) {
                skipped++;
                continue;
            }
            rows.add(new String[] {r.cell(labelIndex), r.cell(valueIndex).strip()});
            values.add(v);
        }
        double lo = Math.min(0, values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0));
        double hi = Math.max(0, values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        double step = niceStep((hi - lo) / 5);
        lo = Math.floor(lo / step) * step;
        hi = Math.ceil(hi / step) * step;
        if (hi == lo) {
            hi = lo + step;
        }
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double plotWidth = WIDTH - LEFT - RIGHT;
        double scale = plotHeight / (hi - lo);
        double zero = TOP + (hi - 0) * scale;
        List<Tick> ticks = new ArrayList<>();
        for (double t = lo; t <= hi + step / 2; t += step) {
            ticks.add(new Tick(num(TOP + (hi - t) * scale), tickLabel(t, step)));
        }
        int n = Math.max(1, rows.size());
        double slot = plotWidth / n;
        List<Point> points = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            double v = values.get(i).doubleValue();
            double y = TOP + (hi - v) * scale;
            double centre = LEFT + slot * i + slot / 2;
            double barWidth = Math.max(2, slot * 0.7);
            String label = rows.get(i)[0];
            String shortLabel = label.codePointCount(0, label.length()) > LABEL_CHARS
                    ? label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…" : label;
            points.add(new Point(label, rows.get(i)[1], shortLabel, num(centre - barWidth / 2), num(Math.min(y, zero)),
                    num(barWidth), num(Math.abs(zero - y)), num(centre), num(y), num(HEIGHT - BOTTOM + 14)));
            line.append(i == 0 ? "" : " ").append(num(centre)).append(',').append(num(y));
        }
        return new TableChart(kind, table.headers().get(labelIndex), table.headers().get(valueIndex), points, skipped,
                ticks, zero, line.toString());
    }

    public String left() {
        return num(LEFT);
    }

    public String right() {
        return num(WIDTH - RIGHT);
    }

    public String tickX() {
        return num(LEFT - 6);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String baselineY() {
        return num(baseline);
    }

    /**
     * A cell as a number: digits with an optional sign, decimal point and thousands separators (also full-width
     * digits, as GBK sheets often have); anything else is not a number.
     */
    static BigDecimal number(String cell) {
        if (cell == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        cell.strip().codePoints().forEach(c -> sb.appendCodePoint(c >= '０' && c <= '９' ? c - '０' + '0'
                : c == '－' ? '-' : c == '．' ? '.' : c));
        String s = sb.toString().replace(",", "").replace("，", "");
        if (!s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    static double niceStep(double rough) {
        if (rough <= 0 || Double.isNaN(rough)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static String tickLabel(double t, double step) {
        BigDecimal b = BigDecimal.valueOf(t);
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step));
        return b.setScale(decimals, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replaceAll("^-0$", "0");
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
