package org.gongkai.report;

import org.gongkai.challenge.ChallengeCount;
import org.gongkai.challenge.ChallengeKind;
import org.gongkai.challenge.ChallengeResult;

import java.util.List;

/**
 * Table 四, 政府信息公开行政复议、行政诉讼情况: for 行政复议, 行政诉讼（未经复议直接起诉） and 行政诉讼（复议后起诉）, the cases
 * 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计 — fifteen numbers, {@code cells[group][column]}.
 */
public record ChallengesTable(long[][] cells) {

    public static final List<ChallengeKind> GROUPS = List.of(ChallengeKind.RECONSIDERATION,
            ChallengeKind.LITIGATION_DIRECT, ChallengeKind.LITIGATION_AFTER_RECONSIDERATION);
    public static final List<ChallengeResult> RESULTS = List.of(ChallengeResult.MAINTAINED, ChallengeResult.CORRECTED,
            ChallengeResult.OTHER, ChallengeResult.PENDING);

    public static ChallengesTable of(List<ChallengeCount> counts) {
        long[][] cells = new long[3][5];
        for (ChallengeCount c : counts) {
            int g = GROUPS.indexOf(c.kind());
            cells[g][RESULTS.indexOf(c.result())] += c.count();
            cells[g][4] += c.count();
        }
        return new ChallengesTable(cells);
    }

    /** The fifteen numbers in the template's order. */
    public long[] row() {
        long[] all = new long[15];
        for (int g = 0; g < 3; g++) {
            System.arraycopy(cells[g], 0, all, g * 5, 5);
        }
        return all;
    }
}
