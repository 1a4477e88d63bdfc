package org.gongkai.integrity.mirror;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import java.util.ArrayList;
import java.util.List;

/**
 * The original and the copy paragraph by paragraph, side by side: paragraphs equal in their fidelity form are
 * paired as they are, changed ones are paired in order and marked character by character, the rest stand alone.
 */
public final class SideBySide {

    /** A run of text, changed or not. */
    public record Segment(String text, boolean changed) {
    }

    /** One row: the original's paragraph (or none) beside the copy's (or none). */
    public record Row(List<Segment> original, List<Segment> copy, boolean changed) {
    }

    private SideBySide() {
    }

    public static List<Row> of(String original, String copy) {
        List<String> a = paragraphs(original);
        List<String> b = paragraphs(copy);
        List<String> na = a.stream().map(FidelityText::normalise).toList();
        List<String> nb = b.stream().map(FidelityText::normalise).toList();
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(na, nb).getDeltas()) {
            while (i < d.getSource().getPosition() && j < d.getTarget().getPosition()) {
                rows.add(new Row(plain(a.get(i++)), plain(b.get(j++)), false));
            }
            int sEnd = d.getSource().getPosition() + d.getSource().size();
            int tEnd = d.getTarget().getPosition() + d.getTarget().size();
            while (i < sEnd || j < tEnd) {
                String left = i < sEnd ? FidelityText.normalise(a.get(i++)) : null;
                String right = j < tEnd ? FidelityText.normalise(b.get(j++)) : null;
                rows.add(marked(left, right));
            }
        }
        while (i < a.size() && j < b.size()) {
            rows.add(new Row(plain(a.get(i++)), plain(b.get(j++)), false));
        }
        return rows;
    }

    private static Row marked(String left, String right) {
        if (left == null) {
            return new Row(List.of(), List.of(new Segment(right, true)), true);
        }
        if (right == null) {
            return new Row(List.of(new Segment(left, true)), List.of(), true);
        }
        List<Integer> x = left.codePoints().boxed().toList();
        List<Integer> y = right.codePoints().boxed().toList();
        boolean[] cx = new boolean[x.size()];
        boolean[] cy = new boolean[y.size()];
        for (AbstractDelta<Integer> d : DiffUtils.diff(x, y).getDeltas()) {
            for (int k = 0; k < d.getSource().size(); k++) {
                cx[d.getSource().getPosition() + k] = true;
            }
            for (int k = 0; k < d.getTarget().size(); k++) {
                cy[d.getTarget().getPosition() + k] = true;
            }
        }
        return new Row(segments(x, cx), segments(y, cy), true);
    }

    private static List<Segment> segments(List<Integer> cps, boolean[] changed) {
        List<Segment> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean state = false;
        for (int k = 0; k < cps.size(); k++) {
            if (k > 0 && changed[k] != state) {
                out.add(new Segment(cur.toString(), state));
                cur.setLength(0);
            }
            state = changed[k];
            cur.appendCodePoint(cps.get(k));
        }
        if (!cur.isEmpty()) {
            out.add(new Segment(cur.toString(), state));
        }
        return out;
    }

    private static List<Segment> plain(String s) {
        return List.of(new Segment(s.strip(), false));
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n")) {
            if (!FidelityText.normalise(line).isEmpty()) {
                out.add(line.strip());
            }
        }
        return out;
    }
}
