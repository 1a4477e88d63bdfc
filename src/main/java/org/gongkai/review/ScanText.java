package org.gongkai.review;

/** The text under screening: the input as given, and its normalised twin with the same offsets. */
final class ScanText {

    static final int CONTEXT = 20;

    final String original;
    final String text;
    private int[] starts;

    private ScanText(String original) {
        this.original = original;
        this.text = TextNormaliser.normalise(original);
    }

    static ScanText of(String original) {
        return new ScanText(original);
    }

    /**
     * Offsets where an ASCII token may begin: a digit, letter or one of {@code + ( _ % -} not preceded by an ASCII
     * letter or digit. Every match of a number, code or e-mail pattern starts at one of them, so the detectors try
     * their patterns only there instead of at every char (most of a Chinese text is neither).
     */
    int[] tokenStarts() {
        if (starts == null) {
            int[] found = new int[64];
            int n = 0;
            boolean prevAlnum = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean alnum = c < 128 && (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
                if (!prevAlnum && (alnum || c == '+' || c == '(' || c == '_' || c == '%' || c == '-')) {
                    if (n == found.length) {
                        found = java.util.Arrays.copyOf(found, n * 2);
                    }
                    found[n++] = i;
                }
                prevAlnum = alnum;
            }
            starts = java.util.Arrays.copyOf(found, n);
        }
        return starts;
    }

    /**
     * Tries {@code pattern} (anchored) at every token start that passes {@code worthTrying}, skipping starts inside
     * the previous match, and hands each match to {@code onMatch}. Lookbehinds in the pattern see the whole text.
     */
    void eachTokenMatch(java.util.regex.Pattern pattern, java.util.function.IntPredicate worthTrying,
                        java.util.function.Consumer<java.util.regex.Matcher> onMatch) {
        java.util.regex.Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int after = 0;
        for (int s : tokenStarts()) {
            if (s < after || !worthTrying.test(s)) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                onMatch.accept(m);
                after = m.end();
            }
        }
    }

    /** How many ASCII digits follow from {@code pos} on. */
    int digitRun(int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - pos;
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
