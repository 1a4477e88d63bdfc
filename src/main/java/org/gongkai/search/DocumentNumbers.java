package org.gongkai.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 文号 in one canonical form, whatever brackets were typed around the year: 〔2017〕 [2017] (2017) （2017） 【2017】
 * ［2017］ {2017} all become 〔2017〕; Traditional characters are folded and spaces dropped. The canonical form is
 * indexed as an exact keyword.
 */
public final class DocumentNumbers {

    private static final String OPEN = "[〔\\[(（【［{｛〖]";
    private static final String CLOSE = "[〕\\])）】］}｝〗]";
    private static final Pattern YEAR = Pattern.compile(OPEN + "\\s*(\\d{4})\\s*" + CLOSE);
    private static final Pattern LOOKS_LIKE = Pattern.compile(
            "[\\p{IsHan}A-Za-z]{1,16}\\s*" + OPEN + "\\s*\\d{4}\\s*" + CLOSE + "\\s*\\d{1,6}\\s*号?");

    private DocumentNumbers() {
    }

    /** The canonical form, or "" for a blank number. */
    public static String normalise(String number) {
        if (number == null || number.isBlank()) {
            return "";
        }
        String s = TextFolding.fold(number.strip()).replaceAll("\\s+", "");
        Matcher m = YEAR.matcher(s);
        s = m.replaceAll("〔$1〕");
        if (s.matches(".*〔\\d{4}〕\\d+") ) {
            s = s + "号";
        }
        return s;
    }

    /** True when the whole query is shaped like a 文号 (issuer abbreviation, bracketed year, serial). */
    public static boolean looksLikeOne(String query) {
        return query != null && LOOKS_LIKE.matcher(TextFolding.fold(query.strip())).matches();
    }
}
