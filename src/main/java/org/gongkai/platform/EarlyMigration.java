package org.gongkai.platform;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The web application's start migrates the embedded database on a thread of its own as soon as PostgreSQL is up,
 * while the main thread reads classes and builds the context (ADR 0035). Spring's Flyway step then finds the work
 * done and only waits for it; if this early migration failed, Spring's step migrates itself and reports the error.
 * Only the web start from {@code main} does this: tests and operator commands migrate in the context as before.
 */
final class EarlyMigration {

    private static final Logger log = LoggerFactory.getLogger(EarlyMigration.class);
    private static final Map<Path, CompletableFuture<Void>> MIGRATIONS = new ConcurrentHashMap<>();

    private EarlyMigration() {
    }

    static void begin(Path dataDir, CompletableFuture<EmbeddedCluster> started) {
        CompletableFuture<Void> migration = new CompletableFuture<>();
        MIGRATIONS.put(dataDir.toAbsolutePath(), migration);
        ClassLoader loader = EarlyMigration.class.getClassLoader();
        Thread thread = new Thread(() -> {
            try {
                migrate(started.join(), loader);
                migration.complete(null);
            } catch (RuntimeException e) {
                migration.completeExceptionally(e);
            }
        }, "early-migration");
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        thread.start();
    }

    /** Waits for the early migration of {@code dataDir}; whether there was one and it succeeded. */
    static boolean succeeded(Path dataDir) {
        CompletableFuture<Void> migration = MIGRATIONS.get(dataDir.toAbsolutePath());
        if (migration == null) {
            return false;
        }
        try {
            migration.get();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            log.warn("early migration failed, migrating again in the context: {}", e.getCause().toString());
            return false;
        }
    }

    private static void migrate(EmbeddedCluster pg, ClassLoader loader) {
        DatabaseOwner owner = new DatabaseOwner(pg.jdbcUrl(), EmbeddedCluster.SUPERUSER, pg.superuserPassword(),
                EmbeddedCluster.APP_USER, pg.appPassword(), null);
        // the same settings as spring.flyway in application.yml
        Flyway.configure(loader).dataSource(owner.dataSource()).locations("classpath:db/migration").load().migrate();
        if (owner.separateRuntimeUser()) {
            RuntimeGrants.apply(owner.jdbc(), owner.runtimeUser());
        }
    }
}
