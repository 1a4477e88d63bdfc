package org.gongkai.integrity.clean;

import org.gongkai.integrity.RemovalKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the punctuation and spacing of Chinese text: trims lines, removes spaces between Chinese characters,
 * collapses other runs of spaces, turns half-width , : ; ? ! ( ) into full-width where they stand in Chinese
 * text (not in 10:30 or 2,000 or (AI)), writes every 文号 with 〔〕, and tidies what removals left behind (，。 →
 * 。, empty brackets, doubled marks, a comma opening a line).
 */
public final class Punctuation implements CleaningStep {

    private static final Pattern SPACE_BETWEEN_CJK = Pattern.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");
    private static final Pattern PARENS = Pattern.compile("\\(([^()（）]{0,80})\\)");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}]");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("（\\s*）|【\\s*】|\\[\\s*]|《\\s*》|“\\s*”|〔\\s*〕");

    @Override
    public List<String> apply(List<String> lines, RemovalLog log) {
        List<String> out = new ArrayList<>(lines.size());
        int[] changes = new int[1];
        for (String line : lines) {
            out.add(normalise(line, changes));
        }
        log.record(RemovalKind.PUNCTUATION, "，：；（）？！〔〕", changes[0]);
        return out;
    }

    String normalise(String line, int[] changes) {
        String s = line.strip().replaceAll("[ \\t]+", " ");
        s = SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
        String before = s;
        s = parens(s);
        s = marks(s);
        s = documentNumbers(s);
        s = tidy(s);
        if (!s.equals(before)) {
            changes[0] += differences(before, s);
        }
        return s.strip();
    }

    private static String parens(String s) {
        Matcher m = PARENS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            boolean chineseBefore = m.start() > 0 && isChinese(s.charAt(m.start() - 1));
            boolean chineseAfter = m.end() < s.length() && isChinese(s.charAt(m.end()));
            boolean chineseInside = HAN.matcher(inner).find();
            if (chineseInside || chineseBefore || chineseAfter) {
                m.appendReplacement(b, Matcher.quoteReplacement("（" + inner + "）"));
            } else {
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String marks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            boolean chinese = isChinese(prev) || isChinese(next);
            boolean numeric = Character.isDigit(prev) && Character.isDigit(next);
            if (chinese && !numeric && ",:;?!".indexOf(c) >= 0) {
                b.append(switch (c) {
                    case ',' -> '，';
                    case ':' -> '：';
                    case ';' -> '；';
                    case '?' -> '？';
                    default -> '！';
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String documentNumbers(String s) {
        Matcher m = DocumentShapes.DOCUMENT_NUMBER.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + m.group(4) + "号"));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String tidy(String s) {
        String prev;
        do {
            prev = s;
            s = EMPTY_BRACKETS.matcher(s).replaceAll("");
            s = s.replaceAll("[，、；：,]+\\s*(?=[。！？])", "");
            s = s.replaceAll("。{2,}", "。");
            s = s.replaceAll("([，、；])[，、；\\s]+", "$1");
            s = s.replaceAll("^[，、。；：,;:]+", "");
        } while (!s.equals(prev));
        return s;
    }

    private static boolean isChinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || (block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c > 0xFF00 && c < 0xFF60)
                || c == '“' || c == '”';
    }

    private static int differences(String a, String b) {
        if (a.length() != b.length()) {
            return Math.abs(a.length() - b.length());
        }
        int n = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                n++;
            }
        }
        return n;
    }
}
