package org.gongkai.integrity.mirror;

import org.gongkai.integrity.clean.EmojiRuns;
import org.gongkai.integrity.clean.InvisibleCharacters;
import org.gongkai.integrity.clean.PinyinAnnotations;
import org.gongkai.integrity.clean.RemovalLog;
import org.gongkai.integrity.clean.ScriptConversion;

import java.util.Arrays;
import java.util.List;

/**
 * The matching form of a text: junk characters stripped with the cleaner's own steps, Traditional converted to
 * Simplified, and then only Chinese characters and digits kept (full-width digits as ASCII). Punctuation,
 * spacing, Latin letters and layout do not count when comparing copies.
 */
public final class MirrorText {

    private MirrorText() {
    }

    public static String normalise(String text) {
        RemovalLog log = new RemovalLog();
        List<String> lines = Arrays.asList(text.split("\n", -1));
        lines = new InvisibleCharacters().apply(lines, log);
        lines = new EmojiRuns().apply(lines, log);
        lines = new PinyinAnnotations().apply(lines, log);
        lines = new ScriptConversion().apply(lines, log);
        StringBuilder b = new StringBuilder(text.length());
        for (String line : lines) {
            line.codePoints().forEach(cp -> {
                if (cp >= 0xFF10 && cp <= 0xFF19) {
                    b.append((char) ('0' + cp - 0xFF10));
                } else if (cp >= '0' && cp <= '9' || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                        && Character.isLetter(cp)) {
                    b.appendCodePoint(cp);
                }
            });
        }
        return b.toString();
    }
}
