package org.gongkai.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a redacted publication shows instead of a finding: 110105********1234 for IDs, 138****5678 for mobiles,
 * 6222 **** **** 1234 for cards, a***@example.com for e-mail. Separators in the original stay where they were.
 */
public final class Masking {

    private static final Pattern NUMBER_IN_LIST = Pattern.compile(
            "[0-9]{17}[0-9Xx]|[0-9]{15}|1[3-9][0-9][ \\-]?[0-9]{4}[ \\-]?[0-9]{4}|[0-9]{16,19}|[A-Z]{1,2}[0-9]{7,10}");

    private Masking() {
    }

    public static String mask(Finding finding) {
        return mask(finding.kind(), finding.matched());
    }

    public static String mask(FindingKind kind, String matched) {
        return switch (kind) {
            case RESIDENT_ID -> keepDigits(matched, 6, 4);
            case MOBILE -> mobile(matched);
            case LANDLINE -> landline(matched);
            case BANK_CARD -> card(matched);
            case EMAIL -> email(matched);
            case PASSPORT, HK_MACAU_PERMIT, TAIWAN_PERMIT -> keepDigits(matched, 0, 3);
            case SECRET_MARKING, NOT_SCREENED -> matched;
            case NEGATIVE_TERM -> "■".repeat(matched.codePointCount(0, matched.length()));
            case PERSON_LIST -> personList(matched);
        };
    }

    /**
     * The text with each finding replaced by its mask. Where findings overlap, the earliest (then longest) wins; a
     * {@link FindingKind#PERSON_LIST} is covered by the numbers inside it and is not replaced as a whole.
     */
    public static String redact(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings.stream().filter(f -> f.kind() != FindingKind.PERSON_LIST).toList());
        sorted.sort(Comparator.comparingInt(Finding::start).thenComparing(Comparator.comparingInt(Finding::end).reversed()));
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : sorted) {
            if (f.start() < at || f.end() > text.length()) {
                continue;
            }
            b.append(text, at, f.start()).append(mask(f.kind(), text.substring(f.start(), f.end())));
            at = f.end();
        }
        return b.append(text, at, text.length()).toString();
    }

    /** Keeps the first {@code head} and last {@code tail} digits or letters, masks the others, keeps separators. */
    static String keepDigits(String s, int head, int tail) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                total++;
            }
        }
        StringBuilder b = new StringBuilder(s.length());
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                boolean keep = seen < head || seen >= total - tail || (head == 0 && seen == 0 && Character.isLetter(c));
                b.append(keep ? c : '*');
                seen++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String mobile(String s) {
        int total = countDigits(s);
        StringBuilder b = new StringBuilder(s.length());
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                int fromEnd = total - seen;
                b.append(fromEnd <= 8 && fromEnd > 4 ? '*' : c);
                seen++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String landline(String s) {
        int split = Math.max(s.indexOf('-'), Math.max(s.indexOf(')'), s.indexOf('）')));
        String local = s.substring(split + 1);
        int ext = local.indexOf('-') >= 0 ? local.indexOf('-') : local.indexOf('转');
        String number = ext >= 0 ? local.substring(0, ext) : local;
        String masked = "*".repeat(Math.max(0, number.length() - 4)) + number.substring(Math.max(0, number.length() - 4));
        return s.substring(0, split + 1) + masked + (ext >= 0 ? local.substring(ext) : "");
    }

    private static String card(String s) {
        String digits = CheckSums.digitsOnly(s);
        return digits.substring(0, 4) + " **** **** " + digits.substring(digits.length() - 4);
    }

    private static String email(String s) {
        int at = s.indexOf('@');
        return at <= 0 ? s : s.charAt(0) + "***" + s.substring(at);
    }

    private static String personList(String s) {
        Matcher m = NUMBER_IN_LIST.matcher(TextNormaliser.normalise(s));
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        while (m.find()) {
            String number = s.substring(m.start(), m.end());
            int len = m.end() - m.start();
            String masked = len == 18 || len == 15 ? keepDigits(number, 6, 4)
                    : number.charAt(0) == '1' && len <= 13 ? mobile(number) : keepDigits(number, 0, 4);
            b.append(s, at, m.start()).append(masked);
            at = m.end();
        }
        return b.append(s, at, s.length()).toString();
    }

    private static int countDigits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static boolean isDigit(char c) {
        char f = TextNormaliser.fold(c);
        return f >= '0' && f <= '9';
    }
}
