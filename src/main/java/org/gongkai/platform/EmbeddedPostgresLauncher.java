package org.gongkai.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Starts the embedded PostgreSQL used when no GONGKAI_DB_URL is configured. The start is kicked off from
 * {@code main} before Spring boots, so the database comes up in parallel with the application context.
 */
public final class EmbeddedPostgresLauncher {

    private static CompletableFuture<EmbeddedPostgres> running;
    private static Path runningDir;

    private EmbeddedPostgresLauncher() {
    }

    public static void startEarlyIfNeeded() {
        if (System.getenv("GONGKAI_DB_URL") == null || System.getenv("GONGKAI_DB_URL").isBlank()) {
            String dir = System.getenv().getOrDefault("GONGKAI_DATA_DIR", "data");
            start(Path.of(dir).toAbsolutePath().resolve("pg"), false);
        }
    }

    public static synchronized CompletableFuture<EmbeddedPostgres> start(Path dataDir, boolean clean) {
        if (running != null && dataDir.equals(runningDir)) {
            return running;
        }
        runningDir = dataDir;
        running = CompletableFuture.supplyAsync(() -> launch(dataDir, clean));
        return running;
    }

    public static EmbeddedPostgres await(Path dataDir, boolean clean) {
        try {
            return start(dataDir.toAbsolutePath(), clean).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the embedded PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedded PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static EmbeddedPostgres launch(Path dataDir, boolean clean) {
        try {
            Files.createDirectories(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
