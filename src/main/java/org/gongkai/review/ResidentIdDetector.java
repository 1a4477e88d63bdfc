package org.gongkai.review;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 18-digit resident ID numbers with a valid check digit, a plausible birth date and a real province prefix; 15-digit
 * legacy numbers with a plausible date, at lower confidence. Also inside a 全国学籍号 (G + ID). A 统一社会信用代码 under its label is not an ID.
 */
final class ResidentIdDetector implements Detector {

    /** Like {@link #START}, but a G may stand before: the national student number (全国学籍号) is G + the ID. */
    private static final Pattern ID = Pattern.compile("(?<![0-9A-FH-Za-z])(?<![0-9][.\\-])[1-8][0-9]{14}(?:[0-9]{2}[0-9Xx])?" + END);
    /** 6-8-4 groups with one kind of separator (space or hyphen): 110105 19800101 1238, 110105-19800101-1238. */
    private static final Pattern GROUPED = Pattern.compile("(?<![0-9A-Za-z])(?<![0-9][.\\-])[1-8][0-9]{5}([ \\-])[0-9]{8}\\1[0-9]{3}[0-9Xx]" + END);
    private static final List<String> ID_LABELS = List.of("身份证", "公民身份号码", "证件号", "身份号码", "身份证号");
    private static final List<String> CODE_LABELS = List.of("信用代码", "机构代码", "组织代码", "税号", "纳税人识别号");

    private final LocalDate today;

    ResidentIdDetector(LocalDate today) {
        this.today = today;
    }

    @Override
    public void detect(ScanText t, List<Finding> out) {
        t.eachTokenMatch(ID, s -> worthTrying(t, s), m -> check(t, m, out));
        t.eachTokenMatch(GROUPED, s -> t.digitRun(s) == 6 && (t.charAt(s + 6) == ' ' || t.charAt(s + 6) == '-'),
                m -> {
                    if (ResidentIds.isValid18(CheckSums.digitsOnly(m.group()) + lastX(m.group()), today)) {
                        boolean labelled = Labels.anyBefore(t, m.start(), 16, ID_LABELS);
                        out.add(t.finding(FindingKind.RESIDENT_ID, m.start(), m.end(), labelled ? 0.99 : 0.95));
                    }
                });
        splitAcrossLines(t, out);
        Matcher g = ID.matcher(t.text);
        g.useTransparentBounds(true);
        for (int s : t.tokenStarts()) {
            if (t.text.charAt(s) == 'G' && s + 1 < t.length() && g.region(s + 1, t.length()).lookingAt()) {
                check(t, g, out);
            }
        }
    }

    private static String lastX(String s) {
        char c = s.charAt(s.length() - 1);
        return c == 'X' || c == 'x' ? String.valueOf(c) : "";
    }

    /**
     * An 18-char ID broken by a line break (a wrapped table cell, a PDF line end): a digit run, optional spaces or
     * tabs, one line break, optional spaces or tabs, and the rest, which must make a valid ID together.
     */
    private void splitAcrossLines(ScanText t, List<Finding> out) {
        String s = t.text;
        for (int start : t.tokenStarts()) {
            char c = s.charAt(start);
            if (c < '1' || c > '8') {
                continue;
            }
            int first = t.digitRun(start);
            if (first < 1 || first > 17) {
                continue;
            }
            int i = start + first;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r')) {
                i++;
            }
            if (i >= s.length() || s.charAt(i) != '\n') {
                continue;
            }
            i++;
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                i++;
            }
            int second = t.digitRun(i);
            int end = i + second;
            if (first + second == 17 && (t.charAt(end) == 'X' || t.charAt(end) == 'x')) {
                end++;
                second++;
            }
            if (first + second != 18 || isAsciiLetterOrDigit(t.charAt(end)) || isAsciiLetterOrDigit(t.charBefore(start))) {
                continue;
            }
            String digits = s.substring(start, start + first) + s.substring(i, end);
            if (ResidentIds.isValid18(digits, today)) {
                boolean labelled = Labels.anyBefore(t, start, 16, ID_LABELS);
                out.add(t.finding(FindingKind.RESIDENT_ID, start, end, labelled ? 0.95 : 0.85));
            }
        }
    }

    /** A run of 15 or 18 digits (or 17 and an X) starting with 1–8: anything else cannot match. */
    private static boolean worthTrying(ScanText t, int s) {
        char c = t.text.charAt(s);
        if (c < '1' || c > '8') {
            return false;
        }
        int run = t.digitRun(s);
        return run == 15 || run == 18 || run == 17 && (t.charAt(s + 17) == 'X' || t.charAt(s + 17) == 'x');
    }

    private void check(ScanText t, Matcher m, List<Finding> out) {
        String s = m.group();
        int start = m.start();
        int end = m.end();
        if (t.charBefore(start) == 'G' && isAsciiLetterOrDigit(t.charBefore(start - 1))) {
            return;
        }
        if (Labels.looksLikeQuantity(t, start, end)) {
            return;
        }
        if (s.length() == 18) {
            if (!ResidentIds.isValid18(s, today)) {
                return;
            }
            if (CheckSums.uscc(s) && Labels.anyBefore(t, start, 16, CODE_LABELS)) {
                return;
            }
            boolean labelled = Labels.anyBefore(t, start, 16, ID_LABELS);
            out.add(t.finding(FindingKind.RESIDENT_ID, start, end, labelled ? 0.99 : 0.95));
        } else if (ResidentIds.isPlausible15(s, today)) {
            Labels.Verdict v = Labels.before(t, start, 16, ID_LABELS, Labels.NOT_PERSONAL);
            if (v != Labels.Verdict.NEGATIVE) {
                out.add(t.finding(FindingKind.RESIDENT_ID, start, end, v == Labels.Verdict.POSITIVE ? 0.9 : 0.6));
            }
        }
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
