package org.gongkai.opendata;

import java.util.List;

/** A table read from a CSV or a spreadsheet: its column names and its rows, each with the line it came from. */
record Table(List<String> headers, List<Row> rows) {

    record Row(int line, List<String> cells) {

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    int column(String name) {
        return headers.indexOf(name);
    }
}
