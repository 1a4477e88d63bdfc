package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of mojibake and decodes them again the other way: UTF-8 bytes read as GBK (鏁欒偛閮 for 教育部) are
 * encoded back to GBK and read as UTF-8; GBK bytes read as Latin-1 (½ÌÓý for 教育) are encoded back to Latin-1 and
 * read as GBK. A run is only replaced when the strict decoding succeeds and gives Chinese text. Runs that still
 * look broken — replacement characters, or the telltale characters of UTF-8-as-GBK that do not decode — are kept
 * and flagged for the editor.
 */
public final class Mojibake implements CleaningStep {

    private static final Charset GBK = Charset.forName("GB18030");
    /** Characters that UTF-8 Chinese read as GBK produces all the time (from ，。的是中人在有…). */
    private static final String TELLTALE = "锛銆鐨鏄涓浜鍦鏈鍙鍚鎴闂绗瀛澶灏鏂鐩璁缁鍏閮鏁欒偛厜彂姣勬";
    private static final Pattern HAN_RUN = Pattern.compile("[^\\x{0000}-\\x{00FF}\\s]{4,}");
    private static final Pattern LATIN1_RUN = Pattern.compile("[\\x{00A1}-\\x{00FF}]{4,}");
    private static final Pattern BROKEN = Pattern.compile("\\x{FFFD}+(?:.{0,3}\\x{FFFD}+)*");

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(repair(line, log));
        }
        return out;
    }

    String repair(String line, RemovalLog log) {
        String s = replaceRuns(line, HAN_RUN, log, run -> telltales(run) >= 2 ? lenient(run) : null);
        s = replaceRuns(s, LATIN1_RUN, log, run -> decode(run, StandardCharsets.ISO_8859_1, GBK));
        Matcher m = BROKEN.matcher(s);
        while (m.find()) {
            log.record(RemovalKind.MOJIBAKE, context(s, m.start(), m.end()));
        }
        return s;
    }

    private interface Decoder {
        String apply(String run);
    }

    private static String replaceRuns(String line, Pattern runs, RemovalLog log, Decoder decoder) {
        Matcher m = runs.matcher(line);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            String fixed = decoder.apply(run);
            if (fixed != null && fixed.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                log.record(RemovalKind.MOJIBAKE_REPAIRED, run + "→" + fixed);
                m.appendReplacement(b, Matcher.quoteReplacement(fixed));
            } else {
                if (runs == HAN_RUN && telltales(run) >= 3) {
                    log.record(RemovalKind.MOJIBAKE, run);
                }
                m.appendReplacement(b, Matcher.quoteReplacement(run));
            }
        }
        m.appendTail(b);
        return b.toString();
    }

    private static long telltales(String run) {
        return run.chars().filter(c -> TELLTALE.indexOf(c) >= 0).count();
    }

    /** Encodes with one charset and strictly decodes with the other; null when either step fails. */
    static String decode(String run, Charset wrong, Charset right) {
        try {
            ByteBuffer bytes = wrong.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(run));
            return right.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 read as GBK, back again: bytes lost to replacement characters cannot come back, so those places stay
     * U+FFFD (flagged later) and the rest is accepted when it reads as Chinese (at least 60% Han, at most 20% lost).
     */
    static String lenient(String run) {
        String strict = decode(run, GBK, StandardCharsets.UTF_8);
        if (strict != null) {
            return strict;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < run.length(); ) {
            int cp = run.codePointAt(i);
            i += Character.charCount(cp);
            byte[] b = cp == 0xFFFD ? new byte[]{(byte) 0xFF} : new String(Character.toChars(cp)).getBytes(GBK);
            bytes.writeBytes(b);
        }
        String out = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
        long total = out.codePoints().count();
        long han = out.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long lost = out.codePoints().filter(cp -> cp == 0xFFFD).count();
        return total > 0 && han >= total * 0.6 && lost <= total * 0.2 ? out : null;
    }

    private static String context(String s, int from, int to) {
        return s.substring(Math.max(0, from - 6), Math.min(s.length(), to + 6));
    }
}
