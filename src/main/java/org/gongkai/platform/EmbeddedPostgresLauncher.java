package org.gongkai.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts the embedded PostgreSQL used when no GONGKAI_DB_URL is configured, one per data directory. The start is
 * kicked off from {@code main} before Spring boots, so the database comes up in parallel with the application context.
 */
public final class EmbeddedPostgresLauncher {

    private static final class Running {
        final CompletableFuture<EmbeddedPostgres> start;
        int users;

        Running(CompletableFuture<EmbeddedPostgres> start) {
            this.start = start;
        }
    }

    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private EmbeddedPostgresLauncher() {
    }

    public static void startEarlyIfNeeded() {
        if (System.getenv("GONGKAI_DB_URL") == null || System.getenv("GONGKAI_DB_URL").isBlank()) {
            String dir = System.getenv().getOrDefault("GONGKAI_DATA_DIR", "data");
            start(Path.of(dir).toAbsolutePath().resolve("pg"), false);
        }
    }

    static synchronized Running start(Path dataDir, boolean clean) {
        return RUNNING.computeIfAbsent(dataDir.toAbsolutePath(),
                dir -> new Running(CompletableFuture.supplyAsync(() -> launch(dir, clean))));
    }

    /**
     * The running database for the directory, started if needed; each caller must {@link #release} it. The last
     * release stops PostgreSQL — after the connection pool closed, so nothing still using the database at
     * shutdown (the event outbox, scheduled jobs) finds it gone.
     */
    public static EmbeddedPostgres acquire(Path dataDir, boolean clean) {
        Running running;
        synchronized (EmbeddedPostgresLauncher.class) {
            running = start(dataDir, clean);
            running.users++;
        }
        try {
            return running.start.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded PostgreSQL", e);
        } catch (ExecutionException e) {
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

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            // stopping at shutdown: nothing left to do about a failure
        }
    }

    private static EmbeddedPostgres launch(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            if (!clean) {
                // zonky starts PostgreSQL for throwaway test data (fsync and synchronous commit off); data that is
                // kept is real data: a power cut must not corrupt it or lose committed transactions.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
