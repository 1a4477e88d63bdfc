package org.gongkai.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM dies by SIGKILL (OOM killer, watchdog, {@code kill -9}) while its embedded PostgreSQL runs: the next start
 * comes up with the committed data and no manual step, whether the watchdog already stopped the orphaned postmaster
 * or it is still running (the watchdog was killed too).
 */
class EmbeddedPostgresCrashTest {

    @TempDir
    Path data;

    @Test
    void whenTheJvmIsKilledItsPostgresStopsAndTheNextStartHasTheData() throws Exception {
        Child child = startChild("first");
        child.process.destroyForcibly();
        child.process.onExit().get(60, TimeUnit.SECONDS);
        // the watchdog saw the JVM's pipe close and stopped the postmaster
        CompletableFuture<ProcessHandle> postmasterGone = ProcessHandle.of(child.postmasterPid)
                .map(ProcessHandle::onExit).orElse(CompletableFuture.completedFuture(null));
        postmasterGone.get(60, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(child.postmasterPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        assertThat(restartAndRead()).containsExactly("first");
    }

    @Test
    void anOrphanedPostmasterOfOurDataDirectoryIsStoppedAtTheNextStart() throws Exception {
        Child child = startChild("orphan");
        // kill the watchdog first, then the JVM: PostgreSQL is left running on its own, holding the directory
        ProcessHandle.of(child.watchdogPid).ifPresent(ProcessHandle::destroyForcibly);
        child.process.destroyForcibly();
        child.process.onExit().get(60, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(child.postmasterPid).map(ProcessHandle::isAlive)).contains(true);

        assertThat(restartAndRead()).containsExactly("orphan");
        assertThat(ProcessHandle.of(child.postmasterPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }

    private List<String> restartAndRead() throws Exception {
        Path pgDir = data.resolve("pg");
        EmbeddedCluster pg = EmbeddedPostgresLauncher.acquire(pgDir, false);
        try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), EmbeddedCluster.SUPERUSER, pg.superuserPassword());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select note from crash_test")) {
            List<String> notes = new ArrayList<>();
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
            return notes;
        } finally {
            EmbeddedPostgresLauncher.release(pgDir);
        }
    }

    private record Child(Process process, long postmasterPid, long watchdogPid) {
    }

    private Child startChild(String note) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), data.resolve("pg").toString(), note)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> ready = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    if (line.startsWith("READY ")) {
                        return line;
                    }
                    seen.append(line).append('\n');
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new IllegalStateException("the child JVM ended without starting PostgreSQL:\n" + seen);
        });
        String[] words;
        try {
            words = ready.get(180, TimeUnit.SECONDS).split(" ");
        } catch (java.util.concurrent.TimeoutException e) {
            p.destroyForcibly();
            throw e;
        }
        CompletableFuture.runAsync(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (java.io.IOException ignored) {
                // the child is gone
            }
        });
        return new Child(p, Long.parseLong(words[1]), Long.parseLong(words[2]));
    }
}
