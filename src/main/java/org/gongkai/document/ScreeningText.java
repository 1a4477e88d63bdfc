package org.gongkai.document;

import java.util.List;

/**
 * One piece of a revision's text as the screening reads it: a metadata field, the body, or the extracted text of an
 * attachment, with where each stretch of it came from.
 *
 * @param part       {@code body}, {@code attachment}, or the metadata field's name ({@code title}, {@code summary}…)
 * @param attachment the file, for {@code attachment}; else null
 * @param originAttachmentId the file this one was redacted from, at the start of the chain (itself when not redacted)
 * @param text       the text (paragraphs, table rows and spreadsheet rows one per line, cells separated by tabs)
 * @param spans      where each stretch comes from: {@code field}, {@code body}, {@code page:3}, {@code paragraph:5},
 *                   {@code table:1-2} (table 1, row 2), {@code cell:名单!B2}, {@code header}, {@code footer},
 *                   {@code footnote}, {@code comment}
 * @param readable   false when the platform cannot extract the file's text (DOC, images, OFD, a damaged file)
 * @param supplementary true for the raw sweep of a file's package, the safety net behind its structured text: a value
 *                   it finds that the structured text of the same file already showed is not a new finding
 * @param unscreened what of the file was not read (the whole file when unreadable, embedded objects, pictures): each
 *                   one a "not screened" finding that a reviewer must confirm after opening the file
 */
public record ScreeningText(String part, AttachmentInfo attachment, Long originAttachmentId, String text,
                           List<Span> spans, boolean readable, boolean supplementary, List<Unscreened> unscreened) {

    /** Something in a file the screening could not read, where it is and why. */
    public record Unscreened(String location, String reason) {
    }

    public ScreeningText(String part, AttachmentInfo attachment, Long originAttachmentId, String text, List<Span> spans,
                         boolean readable) {
        this(part, attachment, originAttachmentId, text, spans, readable, false, List.of());
    }

    public record Span(int start, int end, String location) {
    }

    /** Where the char at {@code offset} comes from. */
    public String locationAt(int offset) {
        for (Span s : spans) {
            if (offset >= s.start() && offset < s.end()) {
                return s.location();
            }
        }
        return spans.isEmpty() ? part : spans.get(spans.size() - 1).location();
    }

    static ScreeningText field(String name, String value) {
        String v = value == null ? "" : value;
        return new ScreeningText(name, null, null, v, List.of(new Span(0, v.length(), "field")), true);
    }
}
