package org.gongkai.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * PostgreSQL only: a server when {@code gongkai.db.url} (GONGKAI_DB_URL) is set, otherwise an embedded
 * PostgreSQL whose files live in the data directory. The schema's owner migrates; the pool connects as the
 * runtime user ({@link DatabaseOwner}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    /** Closed after the pool (the pool depends on it): its close stops the embedded PostgreSQL. */
    @Bean(destroyMethod = "close")
    DatabaseOwner databaseOwner(GongkaiProperties props, @Value("${gongkai.cli:false}") boolean cli) {
        GongkaiProperties.Db db = props.db();
        if (db.url() != null && !db.url().isBlank()) {
            boolean separate = db.migrationUser() != null && !db.migrationUser().isBlank();
            return new DatabaseOwner(db.url(), separate ? db.migrationUser() : db.user(),
                    separate ? db.migrationPassword() : db.password(), db.user(), db.password(), null);
        }
        Path dir = props.dataDir().toAbsolutePath().resolve("pg");
        EmbeddedCluster pg = EmbeddedPostgresLauncher.acquire(dir, db.embeddedClean(), db.embeddedStartTimeout(), cli);
        return new DatabaseOwner(pg.jdbcUrl(), EmbeddedCluster.SUPERUSER, pg.superuserPassword(),
                EmbeddedCluster.APP_USER, pg.appPassword(), dir);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GongkaiProperties props, DatabaseOwner owner) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("gongkai");
        hikari.setMaximumPoolSize(props.db().poolSize());
        hikari.setJdbcUrl(owner.url());
        if (owner.runtimeUser() != null && !owner.runtimeUser().isBlank()) {
            hikari.setUsername(owner.runtimeUser());
            hikari.setPassword(owner.runtimePassword());
        }
        return new HikariDataSource(hikari);
    }

    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(DatabaseOwner owner) {
        return configuration -> configuration.dataSource(owner.dataSource());
    }

    /** Tests against a shared server start from an empty schema; production never cleans. */
    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(@Value("${gongkai.db.clean-on-start:false}") boolean cleanOnStart,
                                                    DatabaseOwner owner) {
        return flyway -> {
            if (!cleanOnStart && owner.embeddedDataDir().map(EarlyMigration::succeeded).orElse(false)) {
                return; // migrated from main while the context was being built (ADR 0035)
            }
            if (cleanOnStart) {
                flyway.clean();
            }
            flyway.migrate();
            if (owner.separateRuntimeUser()) {
                RuntimeGrants.apply(owner.jdbc(), owner.runtimeUser());
            }
        };
    }
}
