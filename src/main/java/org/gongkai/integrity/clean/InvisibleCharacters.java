package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Strips zero-width, bidirectional-control, soft-hyphen and other format (Cf) and control (Cc) characters, and
 * turns exotic spaces into plain ones (the ideographic space U+3000 stays: it indents paragraphs). A zero-width
 * joiner or tag character inside an emoji sequence is left for {@link EmojiRuns}, which removes the whole run.
 */
public final class InvisibleCharacters implements CleaningStep {

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
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (isSpace(cp)) {
                b.append(' ');
            } else if (isInvisible(cp) && !insideEmoji(s, i, n, cp)) {
                log.record(RemovalKind.INVISIBLE, String.format("U+%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b.toString();
    }

    static boolean isSpace(int cp) {
        return cp == '\t' || cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F
                || cp == 0x1680;
    }

    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        if (cp == '\n') {
            return false;
        }
        return type == Character.FORMAT || type == Character.CONTROL || cp == 0x034F || cp == 0x115F
                || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || (cp >= 0xFFF9 && cp <= 0xFFFB);
    }

    private static boolean insideEmoji(String s, int i, int n, int cp) {
        if (cp != 0x200D && !(cp >= 0xE0020 && cp <= 0xE007F)) {
            return false;
        }
        if (i == 0) {
            return false;
        }
        int before = s.codePointBefore(i);
        return Pictographs.isPictograph(before) || Pictographs.isEmojiModifier(before);
    }
}
