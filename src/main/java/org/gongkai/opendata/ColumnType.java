package org.gongkai.opendata;

/** The type the values of a column have (blank cells aside). */
enum ColumnType {
    INTEGER, DECIMAL, DATE, TEXT;

    public String labelKey() {
        return "od.type." + name();
    }

    /** The XML Schema datatype, for the metadata out. */
    String xsd() {
        return switch (this) {
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case DATE -> "date";
            case TEXT -> "string";
        };
    }
}
