package org.gongkai.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret markings in their standard forms (GB/T 9704: 密级 and 保密期限 joined by ★ at the head of a document):
 * 绝密★长期, 机密★10年, 秘密★1年, 绝密★启用前; a bare 密级 word alone on its line; 密级：秘密 in metadata. And the
 * restriction notes 内部资料, 内部文件, 注意保密, 请勿外传, 不予公开 — flagged with high confidence where they stand as
 * a marking (alone on a line, at the head of the text, or as the value of a field such as 公开属性：不予公开), lower
 * inside a sentence, and not at all when 不予公开 or 注意保密 is only part of a sentence ("依法不予公开的除外").
 */
final class SecretMarkingDetector implements Detector {

    private static final String LEVEL = "(?:绝密|机密|秘密)";
    private static final String PERIOD = "(?:长期|启用前|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日前?|[0-9一二三四五六七八九十]{1,3} ?(?:年|个月))";
    private static final Pattern STARRED = Pattern.compile(LEVEL + "[ \\t]*[★☆*][ \\t]*" + PERIOD + "?");
    private static final Pattern BARE_LINE = Pattern.compile("[ \\t\\r【\\[(]*(" + LEVEL + "(?:[ \\t]*" + PERIOD + ")?)[ \\t\\r】\\])]*");
    private static final Pattern FIELD = Pattern.compile("密级[ \\t]*[:：][ \\t]*(" + LEVEL + "(?:[ \\t]*[★☆*]?[ \\t]*" + PERIOD + ")?)");
    private static final List<String> NOTES = List.of("内部资料", "内部文件", "注意保密", "请勿外传", "不予公开");
    private static final Pattern FIELD_VALUE = Pattern.compile("(?:公开属性|公开方式|公开类型|公开选项|公开范围|发布范围)[ \\t]*:[ \\t]*$");
    /** What may stand beside a marking on a marking-only line. */
    private static final Pattern MARKING_LINE = Pattern.compile("[\\s【】\\[\\]()<>《》,，、。.;；:：!！★☆*\\-—]*"
            + "(?:(?:" + LEVEL + "|内部资料|内部文件|注意保密|请勿外传|不得外传|不予公开|严禁外传|妥善保管|" + PERIOD
            + ")[\\s【】\\[\\]()<>《》,，、。.;；:：!！★☆*\\-—]*)+");
    private static final int HEAD = 200;

    /** Driven by indexOf: every form holds a 密 or one of the notes, and those are rare in ordinary text. */
    @Override
    public void detect(ScanText t, List<Finding> out) {
        String text = t.text;
        int lastBareLine = -1;
        for (int p = text.indexOf('密'); p >= 0; p = text.indexOf('密', p + 1)) {
            if (p > 0 && "绝机秘".indexOf(text.charAt(p - 1)) >= 0) {
                int start = p - 1;
                Matcher m = STARRED.matcher(text).region(start, text.length());
                if (m.lookingAt()) {
                    out.add(t.finding(FindingKind.SECRET_MARKING, m.start(), m.end(), 0.98));
                    p = m.end() - 1;
                    continue;
                }
                int lineStart = t.lineStart(start);
                if (lineStart != lastBareLine) {
                    Matcher bare = BARE_LINE.matcher(text).region(lineStart, t.lineEnd(start));
                    if (bare.matches()) {
                        lastBareLine = lineStart;
                        out.add(t.finding(FindingKind.SECRET_MARKING, bare.start(1), bare.end(1), 0.85));
                    }
                }
            } else if (text.startsWith("密级", p)) {
                Matcher m = FIELD.matcher(text).region(p, text.length());
                if (m.lookingAt() && !overlapsStarred(out, m.start(1), m.end(1))) {
                    out.add(t.finding(FindingKind.SECRET_MARKING, m.start(1), m.end(1), 0.95));
                }
            }
        }
        for (String note : NOTES) {
            for (int p = text.indexOf(note); p >= 0; p = text.indexOf(note, p + note.length())) {
                double confidence = noteConfidence(t, p, p + note.length());
                if (confidence > 0) {
                    out.add(t.finding(FindingKind.SECRET_MARKING, p, p + note.length(), confidence));
                }
            }
        }
    }

    private static boolean overlapsStarred(List<Finding> out, int start, int end) {
        return out.stream().anyMatch(f -> f.kind() == FindingKind.SECRET_MARKING && f.start() < end && start < f.end());
    }

    private static double noteConfidence(ScanText t, int start, int end) {
        int lineStart = t.lineStart(start);
        int lineEnd = t.lineEnd(end);
        if (MARKING_LINE.matcher(t.text).region(lineStart, lineEnd).matches()) {
            return 0.95;
        }
        if (FIELD_VALUE.matcher(t.text).region(lineStart, start).find()) {
            return 0.95;
        }
        String word = t.text.substring(start, end);
        boolean lineHead = t.text.substring(lineStart, start).isBlank();
        boolean inSentence = word.equals("不予公开") || word.equals("注意保密");
        if (lineHead && start < HEAD && !inSentence) {
            return 0.85;
        }
        return inSentence ? 0 : 0.5;
    }
}
