package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes blocks of sports and entertainment headlines that spam pages merge into the body: two or more short
 * lines in a row (blank lines aside) naming professional leagues, clubs, stars, scores or transfers, or one such
 * line naming two of them. School sports words (体育, 比赛, 篮球, 运动会) are not enough, so a notice about a
 * school sports meet stays whole.
 */
public final class Headlines implements CleaningStep {

    private static final int MAX_LENGTH = 50;
    private static final Pattern TERM = Pattern.compile(String.join("|",
            "NBA", "CBA", "英超", "西甲", "德甲", "意甲", "法甲", "欧冠", "欧联", "中超", "亚冠", "世界杯", "欧洲杯",
            "季后赛", "常规赛", "转会", "绝杀", "客场", "主场", "比分", "逆转", "加盟", "球星", "湖人", "勇士",
            "皇马", "巴萨", "曼联", "曼城", "利物浦", "切尔西", "阿森纳", "拜仁", "尤文", "国米", "米兰", "梅西",
            "C罗", "詹姆斯", "库里", "直播", "集锦", "前瞻", "战报", "赛程", "帽子戏法",
            "(?<![\\d:：.])\\d{1,3}\\s*[-比]\\s*\\d{1,3}(?![\\d:：.年月日号])"), // a score, not 9:00-11:30
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        int n = lines.size();
        int[] terms = new int[n];
        for (int i = 0; i < n; i++) {
            terms[i] = headline(lines.get(i).strip());
        }
        boolean[] drop = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (terms[i] == 0) {
                continue;
            }
            int next = nextNonBlank(lines, i + 1);
            int prev = prevNonBlank(lines, i - 1);
            if (terms[i] >= 2 || (next >= 0 && terms[next] > 0) || (prev >= 0 && terms[prev] > 0)) {
                drop[i] = true;
            }
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                log.record(RemovalKind.HEADLINES, lines.get(i).strip());
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    /** How many headline terms a short line names (0 for long lines, sentences and empty lines). */
    static int headline(String s) {
        if (s.isEmpty() || s.length() > MAX_LENGTH || s.endsWith("。") || s.endsWith("：")) {
            return 0;
        }
        Matcher m = TERM.matcher(s);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static int prevNonBlank(List<String> lines, int from) {
        for (int i = from; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
