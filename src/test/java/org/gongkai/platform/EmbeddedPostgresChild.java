package org.gongkai.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashTest}: starts the embedded PostgreSQL on a data directory,
 * commits a row, says {@code READY <postmaster pid> <watchdog pid>} and waits to be killed.
 */
public final class EmbeddedPostgresChild {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        EmbeddedCluster pg = EmbeddedPostgresLauncher.acquire(dir, false);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedCluster.SUPERUSER, pg.superuserPassword());
             Statement s = c.createStatement()) {
            s.execute("create table if not exists crash_test (note text not null)");
            s.execute("insert into crash_test values ('" + args[1] + "')");
        }
        long watchdog = ProcessHandle.current().children().mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
        System.out.println("READY " + pg.postmasterPid() + " " + watchdog);
        System.out.flush();
        try {
            System.in.read(); // until the test kills us
        } catch (IOException ignored) {
            // killed
        }
    }
}
