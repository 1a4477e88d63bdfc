package org.gongkai.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (no script): one row per label, up to two series per row
 * (budget and final accounts side by side, never stacked or added). Its numbers are the geometry of the template's
 * {@code <rect>}s in a {@value #WIDTH}-unit-wide view box; the page shows the same figures as a table, which is the
 * chart's text alternative.
 */
record BarChart(int width, int height, List<Row> rows, boolean twoSeries) {

    static final int WIDTH = 400;
    static final int BAR_SPACE = 300;
    static final int LABEL_HEIGHT = 18;
    static final int BAR_HEIGHT = 14;
    static final int GAP = 12;

    record Row(String label, double labelY, List<Bar> bars) {
    }

    /** A bar of series 0 (budget) or 1 (final accounts); {@code value} is the amount as printed after it. */
    record Bar(int series, double y, double length, String value, double valueX) {
        public String cssClass() {
            return series == 0 ? "bar-a" : "bar-b";
        }
    }

    /** A row to draw: its label and its amounts (null when the series has no figure for it). */
    record Input(String label, BigDecimal a, BigDecimal b) {
    }

    static BarChart of(List<Input> inputs, boolean twoSeries) {
        BigDecimal max = inputs.stream()
                .flatMap(i -> java.util.stream.Stream.of(i.a(), i.b()))
                .filter(java.util.Objects::nonNull).map(BigDecimal::abs)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        int series = twoSeries ? 2 : 1;
        double rowHeight = LABEL_HEIGHT + series * BAR_HEIGHT + GAP;
        List<Row> rows = new ArrayList<>();
        double y = 0;
        for (Input in : inputs) {
            List<Bar> bars = new ArrayList<>();
            double barY = y + LABEL_HEIGHT;
            for (int s = 0; s < series; s++) {
                BigDecimal v = s == 0 ? in.a() : in.b();
                if (v != null) {
                    double length = max.signum() == 0 ? 0 : v.abs().doubleValue() / max.doubleValue() * BAR_SPACE;
                    double rounded = Math.round(length * 10) / 10.0;
                    bars.add(new Bar(s, barY, rounded, v.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                            rounded + 4));
                }
                barY += BAR_HEIGHT;
            }
            rows.add(new Row(in.label(), y + LABEL_HEIGHT - 5, bars));
            y += rowHeight;
        }
        return new BarChart(WIDTH, (int) Math.ceil(Math.max(y, rowHeight)), rows, twoSeries);
    }
}
