package org.gongkai.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/**
 * PostgreSQL only: a server when {@code gongkai.db.url} (GONGKAI_DB_URL) is set, otherwise an embedded
 * PostgreSQL whose files live in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(GongkaiProperties props) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("gongkai");
        hikari.setMaximumPoolSize(props.db().poolSize());
        if (props.db().url() != null && !props.db().url().isBlank()) {
            hikari.setJdbcUrl(props.db().url());
            if (props.db().user() != null && !props.db().user().isBlank()) {
                hikari.setUsername(props.db().user());
                hikari.setPassword(props.db().password());
            }
        } else {
            Path dir = props.dataDir().resolve("pg");
            EmbeddedPostgres pg = EmbeddedPostgresLauncher.acquire(dir, props.db().embeddedClean());
            hikari.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
            return new EmbeddedDataSource(hikari, dir);
        }
        return new HikariDataSource(hikari);
    }

    /** The pool of the embedded database: closing it (last, at shutdown) also stops PostgreSQL. */
    static final class EmbeddedDataSource extends HikariDataSource {
        private final Path dataDir;

        EmbeddedDataSource(HikariConfig config, Path dataDir) {
            super(config);
            this.dataDir = dataDir;
        }

        @Override
        public void close() {
            if (isClosed()) {
                return;
            }
            super.close();
            EmbeddedPostgresLauncher.release(dataDir);
        }
    }

    /** Tests against a shared server start from an empty schema; production never cleans. */
    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(@Value("${gongkai.db.clean-on-start:false}") boolean cleanOnStart) {
        return flyway -> {
            if (cleanOnStart) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
