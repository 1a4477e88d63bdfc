package org.gongkai.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.gongkai.report.GridCell.head;
import static org.gongkai.report.GridCell.value;

/**
 * Lays tables 二, 三 and 四 out cell by cell as the 2021 template (国办公开办函〔2021〕30号) prints them, with its
 * merged headings. The text is the template's own: the report is a Chinese legal document in every language of the UI.
 */
final class ReportLayout {

    static final String TABLE2 = "二、主动公开政府信息情况";
    static final String TABLE3 = "三、收到和处理政府信息公开申请情况";
    static final String TABLE4 = "四、政府信息公开行政复议、行政诉讼情况";

    private static final String CONTENT = "信息内容";
    private static final String DECISIONS = "本年处理决定数量";

    private ReportLayout() {
    }

    static List<GridTable> tables(ReportFigures f) {
        return List.of(proactive(f.proactive()), applications(f.applications()), challenges(f.challenges()));
    }

    static GridTable proactive(ProactiveTable t) {
        EnteredFigures e = t.entered();
        return GridTable.builder("表二 主动公开", TABLE2, 4)
                .headerRow(head("第二十条第（一）项", 1, 4, "colgroup"))
                .row(head(CONTENT, 1, 1, "col"), head("本年制发件数", 1, 1, "col"), head("本年废止件数", 1, 1, "col"),
                        head("现行有效件数", 1, 1, "col"))
                .row(head("规章", 1, 1, "row"), value(t.rules().issued()), value(t.rules().repealed()),
                        value(t.rules().inForce()))
                .row(head("行政规范性文件", 1, 1, "row"), value(t.normative().issued()), value(t.normative().repealed()),
                        value(t.normative().inForce()))
                .row(head("第二十条第（五）项", 1, 4, "colgroup"))
                .row(head(CONTENT, 1, 1, "col"), head(DECISIONS, 1, 3, "col"))
                .row(head("行政许可", 1, 1, "row"), value(Long.toString(e.licences()), 3))
                .row(head("第二十条第（六）项", 1, 4, "colgroup"))
                .row(head(CONTENT, 1, 1, "col"), head(DECISIONS, 1, 3, "col"))
                .row(head("行政处罚", 1, 1, "row"), value(Long.toString(e.penalties()), 3))
                .row(head("行政强制", 1, 1, "row"), value(Long.toString(e.enforcement()), 3))
                .row(head("第二十条第（八）项", 1, 4, "colgroup"))
                .row(head(CONTENT, 1, 1, "col"), head("本年收费金额（单位：万元）", 1, 3, "col"))
                .row(head("行政事业性收费", 1, 1, "row"), value(money(e.feesTenThousandYuan()), 3))
                .build();
    }

    static String money(BigDecimal tenThousandYuan) {
        BigDecimal v = tenThousandYuan == null ? BigDecimal.ZERO : tenThousandYuan.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0).toPlainString() : v.toPlainString();
    }

    static GridTable applications(ApplicationsTable t) {
        GridTable.Builder b = GridTable.builder("表三 依申请公开", TABLE3, 10)
                .headerRow(head("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", 3, 3, "col"),
                        head("申请人情况", 1, 7, "colgroup"))
                .headerRow(head("自然人", 2, 1, "col"), head("法人或其他组织", 1, 5, "colgroup"), head("总计", 2, 1, "col"))
                .headerRow(head("商业企业", 1, 1, "col"), head("科研机构", 1, 1, "col"), head("社会公益组织", 1, 1, "col"),
                        head("法律服务机构", 1, 1, "col"), head("其他", 1, 1, "col"));
        b.row(withCounts(t, "一", head(ApplicationsTable.ROWS.get("一"), 1, 3, "row")));
        b.row(withCounts(t, "二", head(ApplicationsTable.ROWS.get("二"), 1, 3, "row")));
        List<String> results = ApplicationsTable.ROWS.keySet().stream().filter(k -> k.startsWith("三.")).toList();
        int resultRows = (int) results.stream().filter(k -> isLeaf(k, results)).count();
        boolean first = true;
        for (String group : List.of("三.（一）", "三.（二）", "三.（三）", "三.（四）", "三.（五）", "三.（六）", "三.（七）")) {
            List<String> subRows = results.stream().filter(k -> k.startsWith(group + ".")).toList();
            List<GridCell> lead = new ArrayList<>();
            if (first) {
                lead.add(head("三、本年度办理结果", resultRows, 1, "rowgroup"));
                first = false;
            }
            if (subRows.isEmpty()) {
                lead.add(head(ApplicationsTable.ROWS.get(group), 1, 2, "row"));
                b.row(withCounts(t, group, lead.toArray(GridCell[]::new)));
                continue;
            }
            lead.add(head(ApplicationsTable.ROWS.get(group), subRows.size(), 1, "rowgroup"));
            for (String sub : subRows) {
                lead.add(head(ApplicationsTable.ROWS.get(sub), 1, 1, "row"));
                b.row(withCounts(t, sub, lead.toArray(GridCell[]::new)));
                lead.clear();
            }
        }
        b.row(withCounts(t, "四", head(ApplicationsTable.ROWS.get("四"), 1, 3, "row")));
        return b.build();
    }

    private static boolean isLeaf(String key, List<String> keys) {
        return keys.stream().noneMatch(k -> k.startsWith(key + "."));
    }

    private static List<GridCell> withCounts(ApplicationsTable t, String row, GridCell... lead) {
        List<GridCell> cells = new ArrayList<>(List.of(lead));
        for (int c = 0; c < ApplicationsTable.COLUMNS.size(); c++) {
            cells.add(value(t.cell(row, c)));
        }
        return cells;
    }

    static GridTable challenges(ChallengesTable t) {
        List<GridCell> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.addAll(resultHeadings(1));
        }
        List<GridCell> second = new ArrayList<>(resultHeadings(2));
        second.add(head("未经复议直接起诉", 1, 5, "colgroup"));
        second.add(head("复议后起诉", 1, 5, "colgroup"));
        List<GridCell> numbers = new ArrayList<>();
        for (long n : t.row()) {
            numbers.add(value(n));
        }
        GridTable.Builder b = GridTable.builder("表四 复议诉讼", TABLE4, 15)
                .headerRow(head("行政复议", 1, 5, "colgroup"), head("行政诉讼", 1, 10, "colgroup"))
                .headerRow(second.toArray(GridCell[]::new))
                .headerRow(results.toArray(GridCell[]::new));
        return b.row(numbers).build();
    }

    private static List<GridCell> resultHeadings(int rowSpan) {
        return List.of(head("结果维持", rowSpan, 1, "col"), head("结果纠正", rowSpan, 1, "col"),
                head("其他结果", rowSpan, 1, "col"), head("尚未审结", rowSpan, 1, "col"), head("总计", rowSpan, 1, "col"));
    }
}
