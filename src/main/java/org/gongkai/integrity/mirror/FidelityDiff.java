package org.gongkai.integrity.mirror;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import org.gongkai.integrity.MirrorDifference;
import org.gongkai.integrity.MirrorDifference.Kind;
import org.gongkai.integrity.MirrorDifference.Significance;

import java.util.ArrayList;
import java.util.List;

/**
 * Every difference between an original and a copy in their {@link FidelityText fidelity form}, in place: a
 * character diff whose pieces closer than three characters are merged and which is widened to whole numbers, so a
 * changed figure reads 2024 → 2025 rather than 4 → 5. Each piece says whether it touches a negation (不, 未, 无,
 * 非, 没, 禁, 勿, 否, 莫), a date (a number next to 年, 月 or 日) or another figure.
 */
public final class FidelityDiff {

    private static final int MERGE_GAP = 2;
    private static final int CONTEXT = 12;
    private static final String NEGATIONS = "不未无非没禁勿否莫毋";
    private static final String CHINESE_NUMERALS = "〇零一二三四五六七八九十百千万亿两";
    private static final String DATE_UNITS = "年月日时";

    private FidelityDiff() {
    }

    public static List<MirrorDifference> of(String original, String copy) {
        FidelityText.Folded a = FidelityText.fold(original);
        FidelityText.Folded b = FidelityText.fold(copy);
        if (a.toString().equals(b.toString())) {
            return List.of();
        }
        List<int[]> pieces = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(a.asList(), b.asList(), new MyersDiffWithLinearSpace<Integer>())
                .getDeltas()) {
            int s = d.getSource().getPosition();
            int t = d.getTarget().getPosition();
            pieces.add(new int[]{s, s + d.getSource().size(), t, t + d.getTarget().size()});
        }
        pieces.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] p : pieces) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && p[0] - last[1] <= MERGE_GAP && p[2] - last[3] <= MERGE_GAP) {
                last[1] = p[1];
                last[3] = p[3];
            } else {
                merged.add(p.clone());
            }
        }
        int[] x = a.codePoints();
        int[] y = b.codePoints();
        List<MirrorDifference> out = new ArrayList<>();
        for (int[] p : merged) {
            boolean numeric = touchesNumber(x, p[0], p[1]) || touchesNumber(y, p[2], p[3]);
            if (numeric) {
                // widen to the whole number, never across white space (table cells) or into other kinds of numeral
                boolean chinese = isChineseNumeral(x, p[0], p[1]) || isChineseNumeral(y, p[2], p[3]);
                while (p[0] > 0 && p[2] > 0 && sameKind(x[p[0] - 1], chinese) && x[p[0] - 1] == y[p[2] - 1]
                        && !a.breakBefore(p[0]) && !b.breakBefore(p[2])) {
                    p[0]--;
                    p[2]--;
                }
                while (p[1] < x.length && p[3] < y.length && sameKind(x[p[1]], chinese) && x[p[1]] == y[p[3]]
                        && !a.breakBefore(p[1]) && !b.breakBefore(p[3])) {
                    p[1]++;
                    p[3]++;
                }
            }
            String o = a.slice(p[0], p[1]);
            String c = b.slice(p[2], p[3]);
            Kind kind = o.isEmpty() ? Kind.INSERTED : c.isEmpty() ? Kind.DELETED : Kind.CHANGED;
            String before = a.slice(p[0] - CONTEXT, p[0]);
            String after = a.slice(p[1], p[1] + CONTEXT);
            int line = a.length() == 0 ? 1 : a.lines()[Math.min(p[0], a.length() - 1)] + 1;
            out.add(new MirrorDifference(kind, o, c, before, after, significance(o, c, after, numeric), line));
        }
        return out;
    }

    static Significance significance(String original, String copy, String after, boolean numeric) {
        if (negations(original) != negations(copy)) {
            return Significance.NEGATION;
        }
        if (numeric) {
            String joined = original + copy;
            boolean date = (!after.isEmpty() && DATE_UNITS.indexOf(after.charAt(0)) >= 0)
                    || joined.chars().anyMatch(ch -> DATE_UNITS.indexOf(ch) >= 0);
            return date ? Significance.DATE : Significance.FIGURE;
        }
        return Significance.TEXT;
    }

    private static long negations(String s) {
        return s.chars().filter(ch -> NEGATIONS.indexOf(ch) >= 0).count();
    }

    private static boolean touchesNumber(int[] cps, int from, int to) {
        if (from < to) {
            boolean digits = false;
            boolean allChineseNumerals = true;
            for (int i = from; i < to; i++) {
                digits |= Character.isDigit(cps[i]);
                allChineseNumerals &= CHINESE_NUMERALS.indexOf(cps[i]) >= 0;
            }
            if (digits || allChineseNumerals) {
                return true;
            }
        }
        return (from > 0 && Character.isDigit(cps[from - 1])) || (to < cps.length && Character.isDigit(cps[to]));
    }

    private static boolean sameKind(int cp, boolean chinese) {
        return chinese ? CHINESE_NUMERALS.indexOf(cp) >= 0 : Character.isDigit(cp) || cp == '.' || cp == ',';
    }

    private static boolean isChineseNumeral(int[] cps, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (CHINESE_NUMERALS.indexOf(cps[i]) < 0) {
                return false;
            }
        }
        return true;
    }
}
