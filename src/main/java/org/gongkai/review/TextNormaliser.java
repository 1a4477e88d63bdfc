package org.gongkai.review;

/**
 * Folds full-width ASCII forms (１２３, ＡＢＣ, （）, －, ：, ＠) and the ideographic space to their ASCII forms, char for
 * char, so every offset in the normalised text is the same offset in the original and findings map back for free.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = fold(c);
            if (n != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = n;
            }
        }
        return out == null ? text : new String(out);
    }

    static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
