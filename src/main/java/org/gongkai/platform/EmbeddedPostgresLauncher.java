package org.gongkai.platform;

import org.springframework.boot.convert.DurationStyle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts the embedded PostgreSQL used when no GONGKAI_DB_URL is configured, one per data directory. The start is
 * kicked off from {@code main} before Spring boots, so the database comes up in parallel with the application context.
 */
public final class EmbeddedPostgresLauncher {

    /** Long enough for crash recovery after a power cut on a slow disk. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(120);

    private static final class Running {
        final CompletableFuture<EmbeddedCluster> start;
        int users;

        Running(CompletableFuture<EmbeddedCluster> start) {
            this.start = start;
        }
    }

    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresLauncher() {
    }

    public static void startEarlyIfNeeded() {
        if (System.getenv("GONGKAI_DB_URL") == null || System.getenv("GONGKAI_DB_URL").isBlank()) {
            String dir = System.getenv().getOrDefault("GONGKAI_DATA_DIR", "data");
            String timeout = System.getenv("GONGKAI_DB_START_TIMEOUT");
            Path pg = Path.of(dir).toAbsolutePath().resolve("pg");
            Running running = start(pg, false,
                    timeout == null || timeout.isBlank() ? DEFAULT_START_TIMEOUT : DurationStyle.detectAndParse(timeout),
                    false);
            EarlyMigration.begin(pg, running.start);
        }
    }

    static synchronized Running start(Path dataDir, boolean clean, Duration timeout, boolean mayAttach) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath(),
                dir -> new Running(CompletableFuture.supplyAsync(() -> launch(dir, clean, timeout, mayAttach))));
    }

    /**
     * The running database for the directory, started if needed; each caller must {@link #release} it. The last
     * release stops PostgreSQL — after the connection pool closed, so nothing still using the database at
     * shutdown (the event outbox, scheduled jobs) finds it gone.
     */
    public static EmbeddedCluster acquire(Path dataDir, boolean clean) {
        return acquire(dataDir, clean, DEFAULT_START_TIMEOUT, false);
    }

    /**
     * As {@link #acquire(Path, boolean)}; {@code mayAttach}: an operator command may use the PostgreSQL of the
     * application running on the same data directory.
     */
    public static EmbeddedCluster acquire(Path dataDir, boolean clean, Duration timeout, boolean mayAttach) {
        Running running;
        synchronized (EmbeddedPostgresLauncher.class) {
            running = start(dataDir, clean, timeout, mayAttach);
            running.users++;
        }
        try {
            return running.start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded PostgreSQL", e);
        } catch (ExecutionException e) {
            synchronized (EmbeddedPostgresLauncher.class) {
                if (RUNNING.get(dataDir.toAbsolutePath()) == running) {
                    RUNNING.remove(dataDir.toAbsolutePath());
                }
            }
            throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    public static synchronized void release(Path dataDir) {
        Path dir = dataDir.toAbsolutePath();
        Running running = RUNNING.get(dir);
        if (running == null || --running.users > 0) {
            return;
        }
        RUNNING.remove(dir);
        running.start.thenAccept(EmbeddedPostgresLauncher::closeQuietly);
    }

    private static void closeQuietly(EmbeddedCluster pg) {
        try {
            pg.close();
        } catch (RuntimeException e) {
            // stopping at shutdown: nothing left to do about a failure (the watchdog stops it when we exit)
        }
    }

    private static EmbeddedCluster launch(Path dataDir, boolean clean, Duration timeout, boolean mayAttach) {
        try {
            return EmbeddedCluster.start(dataDir, clean, timeout, mayAttach);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
