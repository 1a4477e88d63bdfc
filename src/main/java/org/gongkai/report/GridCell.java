package org.gongkai.report;

/**
 * One cell of a report table as the template lays it out: its text, how many rows and columns it spans, whether it
 * is a heading, and for headings the {@code scope} it has for screen readers ("col", "row", "colgroup", "rowgroup").
 */
public record GridCell(String text, int rowSpan, int colSpan, boolean heading, String scope) {

    static GridCell head(String text, int rowSpan, int colSpan, String scope) {
        return new GridCell(text, rowSpan, colSpan, true, scope);
    }

    static GridCell value(String text, int colSpan) {
        return new GridCell(text, 1, colSpan, false, null);
    }

    static GridCell value(long n) {
        return value(Long.toString(n), 1);
    }
}
