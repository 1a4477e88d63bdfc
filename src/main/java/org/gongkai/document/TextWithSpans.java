package org.gongkai.document;

import java.util.ArrayList;
import java.util.List;

/** Builds an extracted text a line at a time, remembering where each stretch came from. */
final class TextWithSpans {

    private final StringBuilder text = new StringBuilder();
    private final List<ScreeningText.Span> spans = new ArrayList<>();

    /** Appends a stretch from {@code location}; blank stretches are skipped. */
    void add(String piece, String location) {
        if (piece == null || piece.isBlank()) {
            return;
        }
        int start = text.length();
        text.append(piece);
        spans.add(new ScreeningText.Span(start, text.length(), location));
    }

    void tab() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\t') {
            text.append('\t');
        }
    }

    void newLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            if (text.charAt(text.length() - 1) == '\t') {
                text.setLength(text.length() - 1);
            }
            text.append('\n');
        }
    }

    String text() {
        return text.toString();
    }

    List<ScreeningText.Span> spans() {
        return List.copyOf(spans);
    }
}
