package org.gongkai.integrity.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Chinese documents write them: 2017年4月10日, 二〇一七年四月十日, 2017-04-10, 2017/4/10, 2017.4.10. */
public final class ChineseDates {

    private static final String CN_DIGIT = "[〇零○Ｏ0一二三四五六七八九]";
    private static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile(
            "(" + CN_DIGIT + "{4})\\s*年\\s*([一二三四五六七八九十]{1,2})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile("((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    /** A line that is only a date (the signature date), perhaps in brackets. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^[(（]?\\s*(?:(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|" + CN_DIGIT
                    + "{4}\\s*年\\s*[一二三四五六七八九十]{1,2}\\s*月\\s*[一二三四五六七八九十]{1,3}\\s*日)\\s*[)）]?$");

    private ChineseDates() {
    }

    public static boolean isDateLine(String line) {
        return DATE_LINE.matcher(line.strip()).matches();
    }

    /** The first date written in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        Matcher a = ARABIC.matcher(text);
        Matcher c = CHINESE.matcher(text);
        Matcher n = NUMERIC.matcher(text);
        int best = Integer.MAX_VALUE;
        LocalDate date = null;
        if (a.find() && a.start() < best) {
            best = a.start();
            date = of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
        }
        if (c.find() && c.start() < best) {
            best = c.start();
            date = of(year(c.group(1)), small(c.group(2)), small(c.group(3)));
        }
        if (n.find() && n.start() < best) {
            date = of(Integer.parseInt(n.group(1)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(3)));
        }
        return Optional.ofNullable(date);
    }

    /** Index of the signature date: the last date-only line in the second half of the text, or -1. */
    public static int signatureDateIndex(List<String> lines) {
        for (int i = lines.size() - 1; i >= lines.size() / 2; i--) {
            if (isDateLine(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate of(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int year(String digits) {
        int y = 0;
        for (char ch : digits.toCharArray()) {
            y = y * 10 + digit(ch);
        }
        return y;
    }

    private static int digit(char ch) {
        return switch (ch) {
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> Character.isDigit(ch) ? Character.digit(ch, 10) : 0;
        };
    }

    /** 一…九, 十, 十一…十九, 二十…三十一. */
    private static int small(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digit(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digit(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
