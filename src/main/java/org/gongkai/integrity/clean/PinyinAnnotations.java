package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips pinyin annotations written after Chinese characters: 發(fā), 开（kāi）, 政务(zhèng wù), 公(gong1).
 * The parenthesised text must be made of pinyin syllables and carry a tone (a tone mark or a tone digit 1–5),
 * or be lower-case pinyin without tones; abbreviations such as (AI), (WHO) or (5G) are not pinyin and stay.
 */
public final class PinyinAnnotations implements CleaningStep {

    private static final Pattern ANNOTATION = Pattern.compile(
            "(?<=[\\p{IsHan}])\\s?[(（]\\s*([\\p{IsLatin}0-5'’·\\- ]{1,60}?)\\s*[)）]");
    private static final Pattern SYLLABLE = Pattern.compile(
            "(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    + "(iong|iang|uang|ueng|iao|ian|uai|uan|van|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|"
                    + "ua|uo|ui|ve|ue|er|a|o|e|i|u|v)r?|ng|m|n|hm|hng");

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(clean(line, log));
        }
        return out;
    }

    String clean(String s, RemovalLog log) {
        Matcher m = ANNOTATION.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            if (isPinyin(m.group(1))) {
                log.record(RemovalKind.PINYIN, m.group().strip());
                m.appendReplacement(b, "");
            } else {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(b);
        return b.toString();
    }

    static boolean isPinyin(String annotation) {
        String[] parts = annotation.strip().split("[\\s'’·\\-]+");
        if (parts.length == 0) {
            return false;
        }
        boolean toned = false;
        boolean lowerCase = true;
        boolean longEnough = true;
        for (String part : parts) {
            if (part.isEmpty()) {
                return false;
            }
            String base = part;
            char last = base.charAt(base.length() - 1);
            if (last >= '1' && last <= '5') {
                toned = true;
                base = base.substring(0, base.length() - 1);
            }
            String stripped = stripTones(base);
            if (!stripped.equals(base.replace('ü', 'v').replace('Ü', 'V'))) {
                toned = true;
            }
            if (!stripped.equals(stripped.toLowerCase())) {
                lowerCase = false;
            }
            if (!SYLLABLE.matcher(stripped.toLowerCase()).matches()) {
                return false;
            }
            longEnough &= stripped.length() >= 2;
        }
        // without tones, single letters are list markers such as (a), not pinyin
        return toned || (lowerCase && longEnough);
    }

    /** Removes tone marks (ā→a) and writes ü as v. */
    static String stripTones(String s) {
        String d = Normalizer.normalize(s.replace('ü', 'v').replace('Ü', 'V'), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (c == '\u0308') {
                    // diaeresis on a toned ü (ǖ ǘ ǚ ǜ): the base u with diaeresis is v
                    int last = b.length() - 1;
                    if (last >= 0 && (b.charAt(last) == 'u' || b.charAt(last) == 'U')) {
                        b.setCharAt(last, b.charAt(last) == 'u' ? 'v' : 'V');
                    }
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
