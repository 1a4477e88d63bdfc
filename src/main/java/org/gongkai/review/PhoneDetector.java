package org.gongkai.review;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Mobile numbers (1[3-9] and nine digits, optionally +86, grouped 3-4-4 by hyphens or spaces) and landlines with an
 * area code in parentheses or before a hyphen. Numbers inside longer digit runs, amounts and numbers labelled as
 * something else (学号, 订单号…) are left alone.
 */
final class PhoneDetector implements Detector {

    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z+])(?<![0-9][.\\-])"
            + "(?:(?:\\+|00)?86[ \\-]?|\\(\\+?86\\) ?)?1[3-9][0-9](?:[0-9]{8}|-[0-9]{4}-[0-9]{4}| [0-9]{4} [0-9]{4})" + END);
    private static final String AREA = "0(?:10|2[0-9]|[3-9][0-9]{2})";
    private static final Pattern LANDLINE = Pattern.compile(START
            + "(?:\\(" + AREA + "\\) ?|" + AREA + "-)[2-9][0-9]{6,7}(?:(?:-|转)[0-9]{1,5})?" + END);
    private static final List<String> PHONE_LABELS = List.of("手机", "电话", "联系", "Tel", "TEL", "tel", "致电",
            "拨打", "热线", "传真", "咨询");

    @Override
    public void detect(ScanText t, List<Finding> out) {
        t.eachTokenMatch(MOBILE, s -> mobileWorthTrying(t, s), m -> {
            if (Labels.looksLikeQuantity(t, m.start(), m.end())) {
                return;
            }
            Labels.Verdict v = Labels.before(t, m.start(), 12, PHONE_LABELS, Labels.NOT_PERSONAL);
            if (v != Labels.Verdict.NEGATIVE) {
                out.add(t.finding(FindingKind.MOBILE, m.start(), m.end(), v == Labels.Verdict.POSITIVE ? 0.97 : 0.9));
            }
        });
        t.eachTokenMatch(LANDLINE, s -> landlineWorthTrying(t, s), m -> {
            Labels.Verdict v = Labels.before(t, m.start(), 12, PHONE_LABELS, Labels.NOT_PERSONAL);
            if (v != Labels.Verdict.NEGATIVE) {
                out.add(t.finding(FindingKind.LANDLINE, m.start(), m.end(), v == Labels.Verdict.POSITIVE ? 0.9 : 0.75));
            }
        });
    }

    private static boolean mobileWorthTrying(ScanText t, int s) {
        char c = t.text.charAt(s);
        int run = t.digitRun(s);
        return c == '+' || c == '(' && t.text.startsWith("86)", s + 1 + (t.charAt(s + 1) == '+' ? 1 : 0))
                || c == '8' && t.charAt(s + 1) == '6' && (run == 13 || run == 2 && (t.charAt(s + 2) == ' ' || t.charAt(s + 2) == '-'))
                || c == '1' && (run == 11 || run == 3 && (t.charAt(s + 3) == ' ' || t.charAt(s + 3) == '-'))
                || c == '0' && t.text.startsWith("0086", s);
    }

    private static boolean landlineWorthTrying(ScanText t, int s) {
        char c = t.text.charAt(s);
        int run = t.digitRun(s);
        return c == '(' || c == '0' && (run == 3 || run == 4) && t.charAt(s + run) == '-';
    }
}
