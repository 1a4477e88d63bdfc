package org.gongkai.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of a published budget or final accounts as files: each one's name in the download addresses, its
 * columns (header text and Table Schema type) and its rows as text. The CSV downloads and the Fiscal Data Package
 * descriptor are both made from this one description, so they cannot drift apart.
 */
enum PublishedTable {

    SUMMARY("summary", List.of(text("收支", "side"), text("项目", "item"), number("金额（万元）", "amount")), t -> {
        List<List<String>> rows = new ArrayList<>();
        t.income().forEach(i -> rows.add(List.of("收入", i.name(), plain(i.amount()))));
        t.expenditure().forEach(i -> rows.add(List.of("支出", i.name(), plain(i.amount()))));
        return rows;
    }),
    FUNCTIONAL("functional", lineColumns(true), t -> lines(t.functional(), true)),
    THREE_PUBLIC("three-public", List.of(text("年度", "year"), number("合计（万元）", "total"), number("因公出国（境）费", "abroad"),
            number("公务用车购置费", "vehicle-purchase"), number("公务用车运行费", "vehicle-running"), number("公务接待费", "reception")),
            t -> t.threePublic().stream().map(p -> java.util.Arrays.asList(p.year(), plain(p.total()), plain(p.abroad()),
                    plain(p.vehiclePurchase()), plain(p.vehicleRunning()), plain(p.reception()))).toList()),
    ECONOMIC("economic", lineColumns(false), t -> lines(t.economic(), false)),
    FUND("fund", lineColumns(true), t -> lines(t.fund(), true));

    /** A column: its header as written in the CSV, its Table Schema type, and a short ASCII id for the FDP model. */
    record Column(String name, String type, String id) {
    }

    final String slug;
    final List<Column> columns;
    private final Function<BudgetStore.Tables, List<List<String>>> rows;

    PublishedTable(String slug, List<Column> columns, Function<BudgetStore.Tables, List<List<String>>> rows) {
        this.slug = slug;
        this.columns = columns;
        this.rows = rows;
    }

    /** Whether the publication has this table (the economic and fund tables are optional, ADR 0046). */
    boolean in(BudgetStore.Tables t) {
        return switch (this) {
            case ECONOMIC -> t.economic() != null;
            case FUND -> t.fund() != null;
            default -> true;
        };
    }

    /** The header row and then the rows. */
    List<List<String>> csvRows(BudgetStore.Tables t) {
        List<List<String>> out = new ArrayList<>();
        out.add(columns.stream().map(Column::name).toList());
        out.addAll(rows.apply(t));
        return out;
    }

    static PublishedTable ofSlug(String slug) {
        for (PublishedTable t : values()) {
            if (t.slug.equals(slug)) {
                return t;
            }
        }
        return null;
    }

    private static List<Column> lineColumns(boolean split) {
        return split
                ? List.of(text("科目编码", "code"), text("科目名称", "name"), number("合计（万元）", "total"), number("基本支出（万元）", "basic"), number("项目支出（万元）", "project"))
                : List.of(text("科目编码", "code"), text("科目名称", "name"), number("合计（万元）", "total"));
    }

    private static List<List<String>> lines(List<BudgetWorkbook.Line> lines, boolean split) {
        return lines.stream().map(l -> split
                ? List.of(l.code(), l.name(), plain(l.total()), plain(l.basic()), plain(l.project()))
                : List.of(l.code(), l.name(), plain(l.total()))).toList();
    }

    private static Column text(String name, String id) {
        return new Column(name, "string", id);
    }

    private static Column number(String name, String id) {
        return new Column(name, "number", id);
    }

    private static String plain(BigDecimal v) {
        return v.toPlainString();
    }
}
