package org.gongkai.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A nested treemap of one table by functional classification (类 → 款 → 项), drawn on the server as SVG (no script).
 * Each 类 is a box whose area is its 合计, split into its 款, each split into its 项 (squarified layout, Bruls et al.
 * 2000, so boxes stay close to square). Only the lowest level present is filled; a box is labelled when its name fits,
 * and every box has a {@code <title>} with code, name and amount. The table of the same lines is the chart's text
 * alternative (ADR 0051). Lines whose 合计 is zero or negative take no area (they stay in the table).
 */
record Treemap(int width, int height, List<Box> boxes) {

    /** Small enough that the 12-unit text stays about 13 px on a 390 px screen (the figure takes the column's width). */
    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    /** Space kept at the top of a 类 or 款 box for its label, when the box is tall enough to spare it. */
    static final double HEADER = 15;
    static final double FONT = 12;
    static final int PALETTE = 6;

    /**
     * A box: its level (3, 5 or 7 digits), geometry, the colour index of its 类, whether it is a leaf (filled), and
     * its label lines (empty when nothing fits).
     */
    record Box(String code, String name, String amount, int level, double x, double y, double w, double h,
               int colour, boolean leaf, List<Label> labels) {

        public String cssClass() {
            return (leaf ? "tm-leaf tm-c" : "tm-group tm-c") + colour;
        }

        public String title() {
            return code + " " + name + "：" + amount;
        }
    }

    /** One line of text inside a box. */
    record Label(double x, double y, String text) {
    }

    private record Node(BudgetWorkbook.Line line, List<Node> children, double value) {
    }

    private record Rect(double x, double y, double w, double h) {
    }

    static Treemap of(List<BudgetWorkbook.Line> lines) {
        List<Node> roots = tree(lines);
        List<Box> boxes = new ArrayList<>();
        List<Rect> rects = squarify(roots.stream().map(Node::value).toList(), new Rect(0, 0, WIDTH, HEIGHT));
        for (int i = 0; i < roots.size(); i++) {
            place(roots.get(i), rects.get(i), i % PALETTE, boxes);
        }
        return new Treemap(WIDTH, HEIGHT, List.copyOf(boxes));
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    /** 类 with their 款 and 项, largest first, keeping only positive amounts. */
    private static List<Node> tree(List<BudgetWorkbook.Line> lines) {
        return children(lines, "", 3);
    }

    private static List<Node> children(List<BudgetWorkbook.Line> lines, String prefix, int length) {
        List<Node> out = new ArrayList<>();
        for (BudgetWorkbook.Line l : lines) {
            if (l.code().length() == length && l.code().startsWith(prefix) && l.total() != null && l.total().signum() > 0) {
                List<Node> below = length < 7 ? children(lines, l.code(), length + 2) : List.of();
                out.add(new Node(l, below, l.total().doubleValue()));
            }
        }
        out.sort(Comparator.comparingDouble(Node::value).reversed());
        return out;
    }

    private static void place(Node n, Rect r, int colour, List<Box> boxes) {
        boolean leaf = n.children().isEmpty();
        BudgetWorkbook.Line l = n.line();
        String amount = l.total().setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean header = !leaf && r.h() > HEADER * 3 && r.w() > FONT * 3;
        List<Label> labels = leaf ? leafLabels(l, amount, r) : header ? headerLabel(l, r) : List.of();
        boxes.add(new Box(l.code(), l.name(), amount, l.code().length(), round(r.x()), round(r.y()), round(r.w()),
                round(r.h()), colour, leaf, labels));
        if (leaf) {
            return;
        }
        double top = header ? HEADER : 1;
        Rect inner = new Rect(r.x() + 1, r.y() + top, Math.max(0, r.w() - 2), Math.max(0, r.h() - top - 1));
        double sum = n.children().stream().mapToDouble(Node::value).sum();
        // the 款 of a 类 may not add up to it in a published table; the box then shows them at their own scale
        List<Double> values = new ArrayList<>(n.children().stream().map(Node::value).toList());
        if (sum < n.value()) {
            values.add(n.value() - sum);
        }
        List<Rect> rects = squarify(values, inner);
        for (int i = 0; i < n.children().size(); i++) {
            place(n.children().get(i), rects.get(i), colour, boxes);
        }
    }

    /** Name and amount on two lines, or the name only, or the code only, or nothing, whichever fits. */
    private static List<Label> leafLabels(BudgetWorkbook.Line l, String amount, Rect r) {
        double x = r.x() + 3;
        double firstY = r.y() + FONT + 1;
        double room = r.w() - 6;
        if (r.h() >= FONT * 2 + 6 && fits(l.name(), room) && fits(amount, room)) {
            return List.of(new Label(round(x), round(firstY), l.name()),
                    new Label(round(x), round(firstY + FONT + 2), amount));
        }
        if (r.h() >= FONT + 4 && fits(l.name(), room)) {
            return List.of(new Label(round(x), round(firstY), l.name()));
        }
        if (r.h() >= FONT + 4 && fits(l.code(), room)) {
            return List.of(new Label(round(x), round(firstY), l.code()));
        }
        return List.of();
    }

    private static List<Label> headerLabel(BudgetWorkbook.Line l, Rect r) {
        String text = l.code() + " " + l.name();
        double room = r.w() - 6;
        String shown = fits(text, room) ? text : fits(l.name(), room) ? l.name() : fits(l.code(), room) ? l.code() : null;
        return shown == null ? List.of() : List.of(new Label(round(r.x() + 3), round(r.y() + FONT), shown));
    }

    /** Estimated text width at {@link #FONT}: a CJK character one em, anything else about 0.6 em. */
    static boolean fits(String text, double room) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? FONT * 0.6 : FONT;
        }
        return w <= room;
    }

    /**
     * Squarified layout of values (largest first) in a rectangle: rows are laid along the shorter side, a value joins
     * the current row while that does not make the row's worst aspect ratio worse.
     */
    static List<Rect> squarify(List<Double> values, Rect area) {
        List<Rect> out = new ArrayList<>();
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        if (values.isEmpty() || total <= 0 || area.w() <= 0 || area.h() <= 0) {
            values.forEach(v -> out.add(new Rect(area.x(), area.y(), 0, 0)));
            return out;
        }
        double scale = area.w() * area.h() / total;
        List<Double> areas = values.stream().map(v -> v * scale).toList();
        Rect free = area;
        int i = 0;
        while (i < areas.size()) {
            double side = Math.min(free.w(), free.h());
            List<Double> row = new ArrayList<>();
            row.add(areas.get(i));
            int j = i + 1;
            while (j < areas.size()) {
                List<Double> longer = new ArrayList<>(row);
                longer.add(areas.get(j));
                if (worst(longer, side) > worst(row, side)) {
                    break;
                }
                row = longer;
                j++;
            }
            double rowArea = row.stream().mapToDouble(Double::doubleValue).sum();
            if (free.w() >= free.h()) {
                // a column at the left, as wide as the row's area over the height
                double w = free.h() == 0 ? 0 : rowArea / free.h();
                double y = free.y();
                for (double a : row) {
                    double h = w == 0 ? 0 : a / w;
                    out.add(new Rect(free.x(), y, w, h));
                    y += h;
                }
                free = new Rect(free.x() + w, free.y(), Math.max(0, free.w() - w), free.h());
            } else {
                double h = free.w() == 0 ? 0 : rowArea / free.w();
                double x = free.x();
                for (double a : row) {
                    double w = h == 0 ? 0 : a / h;
                    out.add(new Rect(x, free.y(), w, h));
                    x += w;
                }
                free = new Rect(free.x(), free.y() + h, free.w(), Math.max(0, free.h() - h));
            }
            i = j;
        }
        return out;
    }

    private static double worst(List<Double> row, double side) {
        double sum = row.stream().mapToDouble(Double::doubleValue).sum();
        double max = row.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double min = row.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        if (sum == 0 || min == 0) {
            return Double.MAX_VALUE;
        }
        double s2 = side * side;
        return Math.max(s2 * max / (sum * sum), sum * sum / (s2 * min));
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
