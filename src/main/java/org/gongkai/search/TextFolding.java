package org.gongkai.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Folds text before analysis, for documents and queries alike: Traditional → Simplified Chinese and full-width ASCII
 * → half-width, one character at a time. The result always has the same length as the input, so offsets found in
 * the folded text point at the same place in the original (highlighting relies on it).
 *
 * <p>Folding is deliberately context-free. opencc4j's phrase conversion looks at the neighbours: 「關於」 alone becomes
 * 关于 but inside 「開關於世」 it became 开关於, so a query and the document that contains it folded differently and
 * the phrase was not found. A per-character table (built once from opencc4j's single-character conversions) folds
 * every occurrence of a character the same way, which is what matching needs; it is also much faster.
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char[] table = Table.SIMPLE;
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= Table.FROM) {
                chars[i] = table[c - Table.FROM];
            }
        }
        return new String(chars);
    }

    /** Simplified form of every BMP character from U+2E80, where opencc4j maps it to exactly one character. */
    private static final class Table {
        static final char FROM = '\u2E80';
        static final char[] SIMPLE = build();

        private static char[] build() {
            char[] table = new char[0x10000 - FROM];
            for (int c = FROM; c <= 0xFFFF; c++) {
                table[c - FROM] = (char) c;
                boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
                if (han && !Character.isSurrogate((char) c)) {
                    String s = ZhConverterUtil.toSimple(String.valueOf((char) c));
                    if (s.length() == 1) {
                        table[c - FROM] = s.charAt(0);
                    }
                }
            }
            return table;
        }
    }
}
