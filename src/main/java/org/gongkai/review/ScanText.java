package org.gongkai.review;

/** The text under screening: the input as given, and its normalised twin with the same offsets. */
final class ScanText {

    static final int CONTEXT = 20;

    final String original;
    final String text;

    private ScanText(String original) {
        this.original = original;
        this.text = TextNormaliser.normalise(original);
    }

    static ScanText of(String original) {
        return new ScanText(original);
    }

    int length() {
        return text.length();
    }

    Finding finding(FindingKind kind, int start, int end, double confidence) {
        String matched = original.substring(start, end);
        String context = original.substring(Math.max(0, start - CONTEXT), Math.min(original.length(), end + CONTEXT));
        return new Finding(kind, start, end, matched, context, confidence, Masking.mask(kind, matched));
    }

    /** Start of the line holding {@code pos}. */
    int lineStart(int pos) {
        return text.lastIndexOf('\n', pos - 1) + 1;
    }

    /** End of the line holding {@code pos} (the offset of its line break, or the text's end). */
    int lineEnd(int pos) {
        int n = text.indexOf('\n', pos);
        return n < 0 ? text.length() : n;
    }

    char charBefore(int pos) {
        return pos > 0 ? text.charAt(pos - 1) : '\n';
    }

    char charAt(int pos) {
        return pos < text.length() ? text.charAt(pos) : '\n';
    }
}
