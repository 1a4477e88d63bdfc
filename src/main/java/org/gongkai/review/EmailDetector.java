package org.gongkai.review;

import java.util.List;
import java.util.regex.Pattern;

/** E-mail addresses. Possessive quantifiers and a start-of-run guard keep the pass linear. */
final class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+\\-])[\\w%+\\-][\\w.%+\\-]{0,63}+@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++");

    @Override
    public void detect(ScanText t, List<Finding> out) {
        t.eachTokenMatch(EMAIL, s -> atFollows(t, s), m -> {
            String s = m.group();
            String tld = s.substring(s.lastIndexOf('.') + 1);
            if (tld.length() >= 2 && tld.chars().allMatch(Character::isLetter)) {
                out.add(t.finding(FindingKind.EMAIL, m.start(), m.end(), 0.95));
            }
        });
    }

    /** True when an @ follows a run of local-part chars (at most 64): only then can the pattern match here. */
    private static boolean atFollows(ScanText t, int s) {
        int limit = Math.min(t.length(), s + 65);
        for (int i = s; i < limit; i++) {
            char c = t.text.charAt(i);
            if (c == '@') {
                return i > s;
            }
            boolean local = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '%' || c == '+' || c == '-');
            if (!local) {
                return false;
            }
        }
        return false;
    }
}
