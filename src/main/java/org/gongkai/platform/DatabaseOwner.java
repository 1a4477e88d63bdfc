package org.gongkai.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who connects to the database as what. The owner of the schema (the embedded superuser, or on a server
 * GONGKAI_DB_MIGRATION_USER when set) runs the migrations, the backup and the restore; the application's pool
 * connects as the runtime user, which on the embedded database is the role {@code gongkai_app}: data privileges
 * only, and on the audit log insert and select, so it can neither edit the log nor switch its triggers off.
 */
public final class DatabaseOwner implements AutoCloseable {

    private final String url;
    private final String ownerUser;
    private final String ownerPassword;
    private final String runtimeUser;
    private final String runtimePassword;
    private final Path embeddedDataDir;
    private final DataSource dataSource;

    DatabaseOwner(String url, String ownerUser, String ownerPassword, String runtimeUser, String runtimePassword,
                  Path embeddedDataDir) {
        this.url = url;
        this.ownerUser = ownerUser;
        this.ownerPassword = ownerPassword;
        this.runtimeUser = runtimeUser;
        this.runtimePassword = runtimePassword;
        this.embeddedDataDir = embeddedDataDir;
        SimpleDriverDataSource ds = new SimpleDriverDataSource(new org.postgresql.Driver(), url);
        if (ownerUser != null && !ownerUser.isBlank()) {
            ds.setUsername(ownerUser);
            ds.setPassword(ownerPassword);
        }
        this.dataSource = ds;
    }

    /** Connections as the owner (one per use, no pool): migrations, grants, backup, restore. */
    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public String url() {
        return url;
    }

    String runtimeUser() {
        return runtimeUser;
    }

    String runtimePassword() {
        return runtimePassword;
    }

    /** Whether the application runs as a user other than the owner (then it gets grants after each migration). */
    public boolean separateRuntimeUser() {
        return runtimeUser != null && !runtimeUser.isBlank() && !runtimeUser.equals(ownerUser);
    }

    /** The embedded cluster's data directory ({@code <data dir>/pg}), empty on a server. */
    public Optional<Path> embeddedDataDir() {
        return Optional.ofNullable(embeddedDataDir);
    }

    @Override
    public void close() {
        if (embeddedDataDir != null) {
            EmbeddedPostgresLauncher.release(embeddedDataDir);
        }
    }
}
