package org.gongkai.review;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses. Possessive quantifiers and a start-of-run guard keep the pass linear. */
final class EmailDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.%+\\-])[\\w%+\\-][\\w.%+\\-]{0,63}+@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++");

    @Override
    public void detect(ScanText t, List<Finding> out) {
        Matcher m = EMAIL.matcher(t.text);
        while (m.find()) {
            String s = m.group();
            String tld = s.substring(s.lastIndexOf('.') + 1);
            if (tld.length() >= 2 && tld.chars().allMatch(Character::isLetter)) {
                out.add(t.finding(FindingKind.EMAIL, m.start(), m.end(), 0.95));
            }
        }
    }
}
