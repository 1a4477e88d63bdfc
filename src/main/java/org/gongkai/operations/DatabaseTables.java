package org.gongkai.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables in schema {@code public} as a backup sees them: each with its stored (not generated)
 * columns, ordered so that a table comes after the tables its foreign keys point to.
 */
final class DatabaseTables {

    /**
     * Not backed up: the migration history is rebuilt by the restore; sessions end with the old server; the
     * portal's listing is derived, rebuilt by triggers on {@code edition} as the restore loads its rows (ADR 0055).
     */
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "public_listing", "public_listing_keyword");

    record Table(String name, List<String> columns) {
        String quotedColumns() {
            return String.join(", ", columns.stream().map(DatabaseTables::quote).toList());
        }
    }

    private DatabaseTables() {
    }

    static List<Table> inDependencyOrder(Connection c) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.relname, a.attname from pg_class c
                  join pg_namespace n on n.oid = c.relnamespace
                  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                 where n.nspname = 'public' and c.relkind in ('r', 'p')
                 order by c.relname, a.attnum""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!SKIPPED.contains(rs.getString(1))) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, Set<String>> dependsOn = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.relname, r.relname from pg_constraint k
                  join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
                  join pg_namespace n on n.oid = c.relnamespace
                 where k.contype = 'f' and n.nspname = 'public' and c.oid <> r.oid""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                dependsOn.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String table : columns.keySet()) {
            visit(table, columns, dependsOn, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, List<String>> columns, Map<String, Set<String>> dependsOn,
                              Set<String> placed, Set<String> visiting, List<Table> ordered) {
        if (placed.contains(table) || !columns.containsKey(table)) {
            return;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("foreign keys form a cycle through " + visiting + "; restore needs an order");
        }
        for (String parent : dependsOn.getOrDefault(table, Set.of())) {
            visit(parent, columns, dependsOn, placed, visiting, ordered);
        }
        visiting.remove(table);
        placed.add(table);
        ordered.add(new Table(table, columns.get(table)));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
