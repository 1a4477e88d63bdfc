package org.gongkai.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The web start's migration on its own thread (ADR 0035) leaves the database as Spring's Flyway step would. */
class EarlyMigrationTest {

    @TempDir Path data;

    @Test
    void migratesAndGrantsAsSoonAsTheDatabaseIsUp() throws Exception {
        Path pg = data.resolve("pg");
        try (EmbeddedCluster cluster = EmbeddedCluster.start(pg, false, Duration.ofSeconds(120), false)) {
            EarlyMigration.begin(pg, CompletableFuture.completedFuture(cluster));
            assertThat(EarlyMigration.succeeded(pg)).isTrue();
            assertThat(EarlyMigration.succeeded(data.resolve("elsewhere"))).isFalse();

            JdbcClient owner = JdbcClient.create(new DatabaseOwner(cluster.jdbcUrl(), EmbeddedCluster.SUPERUSER,
                    cluster.superuserPassword(), EmbeddedCluster.APP_USER, cluster.appPassword(), null).dataSource());
            assertThat(owner.sql("select count(*) from flyway_schema_history where not success").query(Long.class).single())
                    .isZero();
            assertThat(owner.sql("select max(installed_rank) from flyway_schema_history").query(Integer.class).single())
                    .isGreaterThan(40);
            assertThat(owner.sql("select has_table_privilege(?, 'staff_user', 'select')")
                    .param(EmbeddedCluster.APP_USER).query(Boolean.class).single()).isTrue();
        }
    }

    @Test
    void aFailedStartLeavesTheMigrationToTheContext() {
        Path pg = data.resolve("pg");
        EarlyMigration.begin(pg, CompletableFuture.failedFuture(new IllegalStateException("did not start")));
        assertThat(EarlyMigration.succeeded(pg)).isFalse();
    }
}
