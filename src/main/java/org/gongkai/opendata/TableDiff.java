package org.gongkai.opendata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two versions of a table: columns added and removed (by name), and rows added, removed and
 * changed. With a key column that names each row uniquely in both versions, a row is matched by its key and a
 * change is shown cell by cell; otherwise rows are compared by their content over the columns both versions have,
 * so a changed row shows as one removed and one added.
 */
final class TableDiff {

    static final int SHOWN = 100;

    record CellChange(String column, String before, String after) {
    }

    record ChangedRow(String key, List<CellChange> cells) {
    }

    /**
     * @param keyColumn the column rows were matched by, or null when they were compared by content
     * @param keyProblem why a configured key column could not be used (message key), or null
     */
    record Result(List<String> addedColumns, List<String> removedColumns, List<String> commonColumns,
                  String keyColumn, String keyProblem, List<String> addedHeaders, List<String> removedHeaders,
                  int addedCount, List<List<String>> addedRows,
                  int removedCount, List<List<String>> removedRows, int changedCount, List<ChangedRow> changedRows) {

        public boolean unchanged() {
            return addedColumns.isEmpty() && removedColumns.isEmpty() && addedCount == 0 && removedCount == 0
                    && changedCount == 0;
        }
    }

    private TableDiff() {
    }

    static Result compare(Table before, Table after, String keyColumn) {
        List<String> added = after.headers().stream().filter(h -> !before.headers().contains(h)).toList();
        List<String> removed = before.headers().stream().filter(h -> !after.headers().contains(h)).toList();
        List<String> common = before.headers().stream().filter(after.headers()::contains).toList();
        String keyProblem = null;
        if (keyColumn != null) {
            if (!common.contains(keyColumn)) {
                keyProblem = "od.diff.key.missing";
            } else if (!unique(before, keyColumn) || !unique(after, keyColumn)) {
                keyProblem = "od.diff.key.notUnique";
            } else {
                return byKey(before, after, keyColumn, added, removed, common);
            }
        }
        return byContent(before, after, added, removed, common, keyProblem);
    }

    private static Result byKey(Table before, Table after, String key, List<String> added, List<String> removed,
                                List<String> common) {
        Map<String, Table.Row> old = index(before, key);
        Map<String, Table.Row> now = index(after, key);
        List<List<String>> addedRows = new ArrayList<>();
        List<List<String>> removedRows = new ArrayList<>();
        List<ChangedRow> changed = new ArrayList<>();
        int addedCount = 0;
        int removedCount = 0;
        int changedCount = 0;
        for (var e : now.entrySet()) {
            Table.Row was = old.get(e.getKey());
            if (was == null) {
                if (addedCount++ < SHOWN) {
                    addedRows.add(project(after, e.getValue(), after.headers()));
                }
                continue;
            }
            List<CellChange> cells = new ArrayList<>();
            for (String c : common) {
                String a = was.cell(before.column(c));
                String b = e.getValue().cell(after.column(c));
                if (!Objects.equals(a, b)) {
                    cells.add(new CellChange(c, a, b));
                }
            }
            if (!cells.isEmpty() && changedCount++ < SHOWN) {
                changed.add(new ChangedRow(e.getKey(), cells));
            }
        }
        for (var e : old.entrySet()) {
            if (!now.containsKey(e.getKey()) && removedCount++ < SHOWN) {
                removedRows.add(project(before, e.getValue(), before.headers()));
            }
        }
        return new Result(added, removed, common, key, null, after.headers(), before.headers(), addedCount, addedRows, removedCount, removedRows,
                changedCount, changed);
    }

    private static Result byContent(Table before, Table after, List<String> added, List<String> removed,
                                    List<String> common, String keyProblem) {
        Map<List<String>, Integer> remaining = new HashMap<>();
        for (Table.Row r : before.rows()) {
            remaining.merge(project(before, r, common), 1, Integer::sum);
        }
        List<List<String>> addedRows = new ArrayList<>();
        int addedCount = 0;
        for (Table.Row r : after.rows()) {
            List<String> p = project(after, r, common);
            Integer left = remaining.get(p);
            if (left != null && left > 0) {
                remaining.put(p, left - 1);
            } else if (addedCount++ < SHOWN) {
                addedRows.add(p);
            }
        }
        List<List<String>> removedRows = new ArrayList<>();
        int removedCount = 0;
        Map<List<String>, Integer> unmatched = new HashMap<>(remaining);
        for (Table.Row r : before.rows()) {
            List<String> p = project(before, r, common);
            Integer left = unmatched.get(p);
            if (left != null && left > 0) {
                unmatched.put(p, left - 1);
                if (removedCount++ < SHOWN) {
                    removedRows.add(p);
                }
            }
        }
        return new Result(added, removed, common, null, keyProblem, common, common, addedCount, addedRows, removedCount,
                removedRows, 0, List.of());
    }

    private static Map<String, Table.Row> index(Table t, String key) {
        int k = t.column(key);
        Map<String, Table.Row> m = new LinkedHashMap<>();
        t.rows().forEach(r -> m.put(r.cell(k), r));
        return m;
    }

    private static boolean unique(Table t, String key) {
        int k = t.column(key);
        Set<String> seen = new HashSet<>();
        return t.rows().stream().allMatch(r -> seen.add(r.cell(k)));
    }

    private static List<String> project(Table t, Table.Row r, List<String> columns) {
        return columns.stream().map(c -> r.cell(t.column(c))).toList();
    }
}
