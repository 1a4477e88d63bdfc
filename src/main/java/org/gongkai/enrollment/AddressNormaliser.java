package org.gongkai.enrollment;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form in which addresses and rule keys are compared: full-width forms folded (NFKC: ８８ → 88),
 * Traditional characters to Simplified (號 → 号, 衛 → 卫), spaces and most punctuation dropped, Latin letters in lower
 * case, a house number written in Chinese numerals before 号/弄/栋/幢 in digits (十二号 → 12号), and 号 written as
 * {@code #} or 號. The same function builds the keys of the rules and reads the visitor's address, so both sides
 * always agree.
 */
final class AddressNormaliser {

    /** Longer input is not an address; the look-up reads no further. */
    static final int MAX_LENGTH = 200;

    private AddressNormaliser() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        if (hasHan(s)) {
            s = ZhConverterUtil.toSimple(s);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isDropped(c)) {
                continue;
            }
            out.append(c == '#' ? '号' : Character.toLowerCase(c));
        }
        return chineseNumbers(out.toString()).toLowerCase(Locale.ROOT);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDropped(char c) {
        return switch (c) {
            case ',', '.', '，', '。', '、', '·', '・', '(', ')', '（', '）', '"', '\'', '“', '”', '‘', '’', ':', '：',
                 ';', '；', '[', ']', '【', '】', '<', '>', '《', '》' -> true;
            default -> Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
        };
    }

    /** 十二号 → 12号, 一百零八弄 → 108弄: only a run of numerals right before a house-number word is read as a number. */
    static String chineseNumbers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && numeral(s.charAt(j)) != null) {
                j++;
            }
            if (j > i && j < s.length() && isNumberWord(s.charAt(j)) && !(i > 0 && Character.isDigit(s.charAt(i - 1)))) {
                Integer value = value(s.substring(i, j));
                out.append(value == null ? s.substring(i, j) : value.toString());
                i = j;
            } else if (j > i) {
                out.append(s, i, j);
                i = j;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    static boolean isNumberWord(char c) {
        return c == '号' || c == '弄' || c == '栋' || c == '幢';
    }

    private static Integer numeral(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> null;
        };
    }

    /** 十二 → 12, 二十 → 20, 一百零八 → 108, 一二三 → 123 (digit by digit); null when it is not a number. */
    static Integer value(String numerals) {
        boolean positional = numerals.chars().anyMatch(c -> c == '十' || c == '百' || c == '千');
        if (!positional) {
            int v = 0;
            for (char c : numerals.toCharArray()) {
                v = v * 10 + numeral(c);
            }
            return numerals.length() <= 5 ? v : null;
        }
        int total = 0;
        int digit = -1;
        int lastUnit = Integer.MAX_VALUE;
        for (char c : numerals.toCharArray()) {
            int n = numeral(c);
            if (n >= 10) {
                if (n >= lastUnit) {
                    return null;
                }
                total += (digit < 0 ? 1 : digit) * n;
                digit = -1;
                lastUnit = n;
            } else if (n == 0) {
                digit = -1;
            } else {
                if (digit >= 0) {
                    return null;
                }
                digit = n;
            }
        }
        return total + Math.max(digit, 0);
    }
}
