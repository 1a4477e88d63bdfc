package org.gongkai.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the migrations, the owner grants the runtime user what the application needs and no more: data privileges
 * on every table and sequence, read-only on the migration history, and on the append-only audit log insert and
 * select only. Default privileges cover tables that later migrations create.
 */
final class RuntimeGrants {

    private RuntimeGrants() {
    }

    static void apply(JdbcClient owner, String runtimeUser) {
        String role = '"' + runtimeUser.replace("\"", "\"\"") + '"';
        owner.sql("grant usage on schema public to " + role).update();
        owner.sql("grant select, insert, update, delete on all tables in schema public to " + role).update();
        owner.sql("grant usage, select, update on all sequences in schema public to " + role).update();
        owner.sql("alter default privileges in schema public grant select, insert, update, delete on tables to " + role).update();
        owner.sql("alter default privileges in schema public grant usage, select, update on sequences to " + role).update();
        for (String readOnly : new String[]{"flyway_schema_history"}) {
            revokeAllBut(owner, readOnly, role, "select");
        }
        revokeAllBut(owner, "audit_entry", role, "select, insert");
    }

    private static void revokeAllBut(JdbcClient owner, String table, String role, String privileges) {
        boolean exists = owner.sql("select to_regclass(?) is not null").param("public." + table)
                .query(Boolean.class).single();
        if (exists) {
            owner.sql("revoke all on " + table + " from " + role).update();
            owner.sql("grant " + privileges + " on " + table + " to " + role).update();
        }
    }
}
