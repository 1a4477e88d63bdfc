package org.gongkai.platform;

import org.gongkai.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded PostgreSQL is private (issue 11 §4): no connection without the password kept owner-only in the data
 * directory, loopback only, no Unix socket, binaries in a private directory, data checksums on; and the application
 * connects as a role that owns nothing, so it can neither edit the audit log nor switch its triggers off.
 */
@IntegrationTest
class EmbeddedDatabasePrivacyTest {

    @Autowired DatabaseOwner owner;
    @Autowired JdbcClient jdbc;
    @Autowired GongkaiProperties props;

    @Test
    void noConnectionWithoutThePassword() throws Exception {
        assumeTrue(owner.embeddedDataDir().isPresent(), "embedded database only");
        for (String user : new String[]{"postgres", "gongkai_app"}) {
            Properties noPassword = new Properties();
            noPassword.setProperty("user", user);
            assertThatThrownBy(() -> DriverManager.getConnection(owner.url(), noPassword).close())
                    .as(user + " without a password").isInstanceOf(SQLException.class);
            Properties wrong = new Properties();
            wrong.setProperty("user", user);
            wrong.setProperty("password", "postgres");
            assertThatThrownBy(() -> DriverManager.getConnection(owner.url(), wrong).close())
                    .as(user + " with a guessed password").isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        assertThat(owner.jdbc().sql("select auth_method from pg_hba_file_rules where auth_method is not null")
                .query(String.class).list()).isNotEmpty().doesNotContain("trust", "peer", "ident");
    }

    @Test
    void listensOnLoopbackOnlyWithChecksumsAndPrivateFiles() throws Exception {
        assumeTrue(owner.embeddedDataDir().isPresent(), "embedded database only");
        JdbcClient su = owner.jdbc();
        assertThat(su.sql("show listen_addresses").query(String.class).single()).isEqualTo("127.0.0.1");
        assertThat(su.sql("show unix_socket_directories").query(String.class).single()).isEmpty();
        assertThat(su.sql("show data_checksums").query(String.class).single()).isEqualTo("on");
        assertThat(su.sql("show password_encryption").query(String.class).single()).isEqualTo("scram-sha-256");

        Path data = props.dataDir().toAbsolutePath();
        for (String secret : new String[]{"postgres-superuser.password", "postgres-app.password"}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys").resolve(secret))))
                    .isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("postgres"))))
                .isEqualTo("rwx------");
        long pid = Long.parseLong(Files.readAllLines(data.resolve("pg").resolve("postmaster.pid")).get(0).strip());
        String binary = ProcessHandle.of(pid).flatMap(p -> p.info().command()).orElseThrow();
        assertThat(Path.of(binary)).as("PostgreSQL runs from the private directory").startsWith(data.resolve("postgres"));
    }

    @Test
    void theApplicationsUserCannotEditTheAuditLogNorSwitchItsTriggersOff() {
        assumeTrue(owner.separateRuntimeUser(), "the application runs as a user other than the schema's owner");
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isNotEqualTo(
                owner.jdbc().sql("select current_user").query(String.class).single());
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger audit_entry_no_change").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger all").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'mallory'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("drop trigger audit_entry_no_change on audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
        // what it needs still works
        assertThat(jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isNotNegative();
    }
}
