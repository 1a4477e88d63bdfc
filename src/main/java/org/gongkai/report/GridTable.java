package org.gongkai.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report table as rows of cells with their spans, the one layout the HTML page, the XLSX sheet and the PDF are
 * all drawn from. A cell covered by a span above or to the left is not listed again, as in HTML.
 */
public record GridTable(String sheetName, String caption, int columns, int headerRows, List<List<GridCell>> rows) {

    /** The table as a full grid: every position holds the text of the cell that covers it. */
    public String[][] expanded() {
        String[][] grid = new String[rows.size()][columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (GridCell cell : rows.get(r)) {
                while (c < columns && grid[r][c] != null) {
                    c++;
                }
                for (int dr = 0; dr < cell.rowSpan(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        grid[r + dr][c + dc] = cell.text();
                    }
                }
                c += cell.colSpan();
            }
        }
        return grid;
    }

    static Builder builder(String sheetName, String caption, int columns) {
        return new Builder(sheetName, caption, columns);
    }

    static final class Builder {
        private final String sheetName;
        private final String caption;
        private final int columns;
        private final List<List<GridCell>> rows = new ArrayList<>();
        private int headerRows;

        private Builder(String sheetName, String caption, int columns) {
            this.sheetName = sheetName;
            this.caption = caption;
            this.columns = columns;
        }

        Builder headerRow(GridCell... cells) {
            headerRows++;
            return row(cells);
        }

        Builder row(GridCell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        Builder row(List<GridCell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        GridTable build() {
            return new GridTable(sheetName, caption, columns, headerRows, List.copyOf(rows));
        }
    }
}
