package org.gongkai.platform;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite runs where it says it runs: when CI asks for the PostgreSQL server (-Dgongkai.expect-server-db=true),
 * a silent fall-back to the embedded database fails here instead of passing quietly.
 */
@IntegrationTest
class DatabaseTargetTest {

    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void runsOnTheDatabaseItWasAskedFor() throws Exception {
        String url;
        try (var c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        int version = jdbc.sql("show server_version_num").query(Integer.class).single();
        assertThat(version).as("PostgreSQL 15 or newer").isGreaterThanOrEqualTo(150000);
        if (Boolean.getBoolean("gongkai.expect-server-db")) {
            String wanted = System.getenv("GONGKAI_DB_URL");
            assertThat(wanted).as("GONGKAI_DB_URL must be set for the server run").isNotBlank();
            assertThat(url).startsWith(wanted);
        }
        System.out.println("database under test: " + url + " (server_version_num " + version + ")");
    }
}
