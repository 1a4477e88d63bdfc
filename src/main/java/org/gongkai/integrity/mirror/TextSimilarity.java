package org.gongkai.integrity.mirror;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;

import java.util.List;

/**
 * Character-level similarity: 1 − edit distance ÷ the longer length, with the edit distance taken from a
 * linear-space Myers diff (an insertion or deletion costs its length, a change the longer of its two sides — an
 * upper bound of the Levenshtein distance, equal to it for most real edits).
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    public static double of(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int max = Math.max(a.codePointCount(0, a.length()), b.codePointCount(0, b.length()));
        if (max == 0) {
            return 1.0;
        }
        List<Integer> x = a.codePoints().boxed().toList();
        List<Integer> y = b.codePoints().boxed().toList();
        long distance = 0;
        for (AbstractDelta<Integer> d : DiffUtils.diff(x, y, new MyersDiffWithLinearSpace<Integer>()).getDeltas()) {
            distance += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return Math.max(0, 1.0 - (double) distance / max);
    }
}
