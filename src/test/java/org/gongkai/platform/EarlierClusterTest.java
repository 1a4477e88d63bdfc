package org.gongkai.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A county that ran an earlier version has an embedded cluster made by zonky's initdb: every local connection
 * trusted, a superuser without password. The first start of this version closes that door.
 */
class EarlierClusterTest {

    @TempDir Path data;

    @Test
    void aClusterThatTrustedLoopbackRequiresPasswordsAfterTheNextStart() throws Exception {
        Path pg = data.resolve("pg");
        try (EmbeddedCluster cluster = EmbeddedCluster.start(pg, false, Duration.ofSeconds(120), false)) {
            // what the earlier version left: trust for everyone, no superuser password
            try (Connection c = connect(cluster.jdbcUrl(), "postgres", cluster.superuserPassword());
                 Statement s = c.createStatement()) {
                s.execute("alter role postgres password null");
                Files.writeString(pg.resolve("pg_hba.conf"), """
                        local all all trust
                        host all all 127.0.0.1/32 trust
                        host all all ::1/128 trust
                        """);
                s.execute("select pg_reload_conf()");
            }
            connect(cluster.jdbcUrl(), "postgres", "anything").close();
        }
        try (EmbeddedCluster cluster = EmbeddedCluster.start(pg, false, Duration.ofSeconds(120), false)) {
            assertThatThrownBy(() -> connect(cluster.jdbcUrl(), "postgres", "anything").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThat(Files.readString(pg.resolve("pg_hba.conf"))).doesNotContain("trust");
            try (Connection c = connect(cluster.jdbcUrl(), "postgres", cluster.superuserPassword())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(url, p);
    }
}
