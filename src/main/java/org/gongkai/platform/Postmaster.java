package org.gongkai.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A running PostgreSQL postmaster of one data directory, as its {@code postmaster.pid} names it: only a live
 * process whose executable is {@code postgres} and whose pid file names this very directory counts, so a stale
 * file whose pid was reused by another program is never signalled.
 */
record Postmaster(long pid, int port) {

    static Optional<Postmaster> of(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException missing) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            if (!sameDirectory(Path.of(lines.get(1).strip()), dataDir)) {
                return Optional.empty();
            }
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            boolean isPostgres = process.flatMap(p -> p.info().command())
                    .map(c -> Path.of(c).getFileName().toString().equals("postgres")).orElse(false);
            return isPostgres ? Optional.of(new Postmaster(pid, port)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Stops it: a fast shutdown (SIGINT: sessions ended, checkpoint, exit), and an immediate one (SIGQUIT, crash
     * recovery at the next start) when the fast one takes longer than {@code patience}.
     */
    void stop(Duration patience) throws IOException {
        if (signal("INT") && waitForExit(patience)) {
            return;
        }
        if (signal("QUIT") && waitForExit(patience)) {
            return;
        }
        if (alive()) {
            throw new IOException("the PostgreSQL postmaster " + pid + " did not stop");
        }
    }

    private boolean signal(String name) throws IOException {
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + name + " \"$1\"", "kill", Long.toString(pid))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            return kill.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }

    private boolean waitForExit(Duration patience) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL", e);
        }
    }
}
