package org.gongkai.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Folds text before analysis, for documents and queries alike: Traditional → Simplified Chinese (opencc4j) and
 * full-width ASCII → half-width. The result always has the same length as the input, character for character, so
 * offsets found in the folded text point at the same place in the original (highlighting relies on it).
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String simple = ZhConverterUtil.toSimple(text);
        if (simple.length() != text.length()) {
            simple = charByChar(text);
        }
        return halfWidth(simple);
    }

    /** When a phrase conversion changed the length, convert one character at a time instead. */
    private static String charByChar(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || c < 0x2E80) {
                sb.append(c);
                continue;
            }
            String s = ZhConverterUtil.toSimple(String.valueOf(c));
            sb.append(s.length() == 1 ? s.charAt(0) : c);
        }
        return sb.toString();
    }

    private static String halfWidth(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
