package org.gongkai.review;

/**
 * One thing the screening found in a text.
 *
 * @param kind          what it is
 * @param start         offset of the first char in the screened text (inclusive, in UTF-16 chars of the input)
 * @param end           offset after the last char (exclusive)
 * @param matched       the text as it stands in the input, {@code text.substring(start, end)}
 * @param context       up to 20 chars either side of the match, from the input
 * @param confidence    0..1, how sure the screening is (check digits, dates and context words raise it)
 * @param maskedPreview what a redacted publication would show instead of {@code matched}
 */
public record Finding(FindingKind kind, int start, int end, String matched, String context, double confidence,
                      String maskedPreview) {

    public Finding {
        if (kind == null || start < 0 || end < start || matched == null) {
            throw new IllegalArgumentException("bad finding");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
        }
    }

    public boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
