package org.gongkai.application;

/** The six outcomes of table 三 (三.（一）…（六）) and Art. 36. */
public enum OutcomeGroup {
    DISCLOSED("三.（一）", "予以公开"),
    PARTLY_DISCLOSED("三.（二）", "部分公开"),
    WITHHELD("三.（三）", "不予公开"),
    CANNOT_PROVIDE("三.（四）", "无法提供"),
    NOT_HANDLED("三.（五）", "不予处理"),
    OTHER("三.（六）", "其他处理");

    private final String reportRow;
    private final String title;

    OutcomeGroup(String reportRow, String title) {
        this.reportRow = reportRow;
        this.title = title;
    }

    public String reportRow() {
        return reportRow;
    }

    public String title() {
        return title;
    }

    public String labelKey() {
        return "app.group." + name();
    }
}
