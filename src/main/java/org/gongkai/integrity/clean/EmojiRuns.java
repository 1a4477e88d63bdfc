package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Strips runs of emoji: pictographs with their skin-tone modifiers, variation selectors, zero-width joiners,
 * gender signs, regional-indicator flags, tag sequences and keycaps (a digit, # or * followed by U+20E3). A run
 * is counted once, as found (so 👩🏻‍💼 is one removal, not four). Private-use icon characters go too.
 */
public final class EmojiRuns implements CleaningStep {

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(clean(line, log));
        }
        return out;
    }

    String clean(String s, RemovalLog log) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = runEnd(s, i);
            if (end > i) {
                log.record(RemovalKind.EMOJI, s.substring(i, end));
                i = end;
            } else {
                int cp = s.codePointAt(i);
                b.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
        }
        return b.toString();
    }

    /** End of the emoji run starting at i, or i if none starts there. */
    private static int runEnd(String s, int i) {
        int j = i;
        while (j < s.length()) {
            int k = unitEnd(s, j);
            if (k == j) {
                break;
            }
            j = k;
        }
        return j;
    }

    /** End of one emoji unit (a base with its modifiers, or a stray modifier) at j, or j if none. */
    private static int unitEnd(String s, int j) {
        int cp = s.codePointAt(j);
        int n = Character.charCount(cp);
        if (Pictographs.isPictograph(cp) || Pictographs.isEmojiModifier(cp) || Pictographs.isPrivateUse(cp)) {
            return j + n;
        }
        if (j + n < s.length()) {
            int next = s.codePointAt(j + n);
            if (Pictographs.isEmojiWhenSelected(cp) && next == 0xFE0F) {
                return j + n;
            }
            if ((cp >= '0' && cp <= '9' || cp == '#' || cp == '*') && isKeycapTail(s, j + n)) {
                return j + n;
            }
        }
        return j;
    }

    private static boolean isKeycapTail(String s, int k) {
        int cp = s.codePointAt(k);
        if (cp == 0x20E3) {
            return true;
        }
        return cp == 0xFE0F && k + 1 < s.length() && s.codePointAt(k + 1) == 0x20E3;
    }
}
