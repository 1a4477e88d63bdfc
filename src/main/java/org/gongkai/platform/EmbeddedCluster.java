package org.gongkai.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One embedded PostgreSQL cluster in {@code <data dir>/pg}, run by us with the binaries unpacked into
 * {@code <data dir>/postgres}: password (SCRAM) authentication only, listening on 127.0.0.1 and no Unix socket,
 * data checksums on. The superuser {@code postgres} migrates; the application connects as {@code gongkai_app}.
 *
 * <p>Its life is tied to ours: a watchdog process reads a pipe from this JVM and stops the postmaster when the pipe
 * closes (the JVM died, even by SIGKILL); and at start, a postmaster of this data directory left by a dead JVM is
 * stopped before ours starts. A second process of the same data directory (an operator command while the
 * application runs) attaches to the running postmaster instead of starting one.
 */
public final class EmbeddedCluster implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String APP_USER = "gongkai_app";
    static final String DATABASE = "postgres";

    private final Path dataDir;
    private final int port;
    private final String superuserPassword;
    private final String appPassword;
    private final Postmaster postmaster;
    private final boolean owned;
    private final Process watchdog;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedCluster(Path dataDir, int port, String superuserPassword, String appPassword, Postmaster postmaster,
                            boolean owned, Process watchdog, FileChannel lockChannel, FileLock lock) {
        this.dataDir = dataDir;
        this.port = port;
        this.superuserPassword = superuserPassword;
        this.appPassword = appPassword;
        this.postmaster = postmaster;
        this.owned = owned;
        this.watchdog = watchdog;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts the cluster in {@code dataDir} (its parent is the application's data directory), or attaches to the
     * one another live process of ours runs there when {@code mayAttach}.
     */
    static EmbeddedCluster start(Path dataDir, boolean clean, Duration startTimeout, boolean mayAttach) throws IOException {
        Path dataRoot = dataDir.toAbsolutePath().getParent();
        Path runtime = PrivateFiles.directory(dataRoot.resolve("postgres"));
        Path keys = dataRoot.resolve("keys");
        String superuserPassword = PrivateFiles.secret(keys.resolve("postgres-superuser.password"));
        String appPassword = PrivateFiles.secret(keys.resolve("postgres-app.password"));

        FileChannel lockChannel = FileChannel.open(runtime.resolve("owner.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockChannel.tryLock();
        if (lock == null) {
            lockChannel.close();
            Optional<Postmaster> running = Postmaster.of(dataDir);
            if (mayAttach && running.isPresent()) {
                return new EmbeddedCluster(dataDir, running.get().port(), superuserPassword, appPassword,
                        running.get(), false, null, null, null);
            }
            throw new IllegalStateException("another Gongkai process is using " + dataRoot
                    + (running.isPresent() ? "" : " (its database is not running yet)"));
        }
        try {
            Optional<Postmaster> orphan = Postmaster.of(dataDir);
            if (orphan.isPresent()) {
                // no live process of ours holds the lock: a JVM died and left its PostgreSQL running
                orphan.get().stop(Duration.ofSeconds(60));
            }
            // a pid file naming a dead process, or one that is no postgres of ours (pid reused), would make
            // PostgreSQL refuse to start: nothing of ours is running, so it goes
            Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
            if (clean) {
                PostgresBinaries.deleteTree(dataDir);
            }
            Path home = PostgresBinaries.unpack(runtime);
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb(home, dataDir, keys.resolve("postgres-superuser.password"));
            }
            int port = freePort();
            Path log = runtime.resolve("postgres.log");
            rotate(log);
            run(home, startTimeout.plusSeconds(30), "pg_ctl", "-D", dataDir.toString(), "-l", log.toString(),
                    "-w", "-t", Long.toString(Math.max(1, startTimeout.toSeconds())),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                            + "-c max_connections=100 -c fsync=on -c synchronous_commit=on -c full_page_writes=on "
                            + "-c timezone=UTC",
                    "start");
            Postmaster postmaster = Postmaster.of(dataDir)
                    .orElseThrow(() -> new IOException("PostgreSQL started but " + dataDir + "/postmaster.pid names no live postmaster"));
            Process watchdog = watchdog(postmaster);
            EmbeddedCluster cluster = new EmbeddedCluster(dataDir, port, superuserPassword, appPassword, postmaster,
                    true, watchdog, lockChannel, lock);
            cluster.requirePasswords();
            cluster.ensureAppRole();
            return cluster;
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    private static void initdb(Path home, Path dataDir, Path passwordFile) throws IOException {
        if (Files.exists(dataDir)) {
            try (var entries = Files.list(dataDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(dataDir + " is neither empty nor a PostgreSQL data directory");
                }
            }
        }
        // into a scratch directory first: a crash during initdb leaves no half-made cluster where ours belongs
        Path scratch = dataDir.resolveSibling(dataDir.getFileName() + ".initdb");
        PostgresBinaries.deleteTree(scratch);
        PrivateFiles.directory(scratch);
        run(home, Duration.ofMinutes(5), "initdb", "-D", scratch.toString(), "-U", SUPERUSER, "-E", "UTF8",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile, "--data-checksums");
        Files.deleteIfExists(dataDir);
        Files.move(scratch, dataDir, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Stops the postmaster when this JVM's end of the watchdog's standard input closes, however the JVM ended. */
    private static Process watchdog(Postmaster postmaster) throws IOException {
        return new ProcessBuilder("sh", "-c", "while read -r _; do :; done; kill -INT \"$1\"",
                "gongkai-postgres-watchdog", Long.toString(postmaster.pid()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    static final String HBA = """
            # written by Gongkai: password (SCRAM) authentication only, loopback only
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    /**
     * A cluster initialised by an earlier version of Gongkai (zonky's initdb) trusts every connection from this
     * machine and its superuser has no password. Before anything else connects, the superuser gets the password kept
     * under keys/ and pg_hba.conf is replaced by password-only rules, reloaded at once. (Data checksums cannot be
     * switched on here: that needs pg_checksums on the stopped cluster, which the embedded binaries do not ship.)
     */
    private void requirePasswords() throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        boolean passwordsOnly = Files.readString(hba).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .allMatch(l -> l.endsWith("scram-sha-256"));
        if (passwordsOnly) {
            return;
        }
        try (Connection c = connect(SUPERUSER, superuserPassword); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role " + SUPERUSER + " password '" + superuserPassword + "'");
            DurableFiles.write(hba, HBA.getBytes(java.nio.charset.StandardCharsets.UTF_8), DurableFiles.OWNER_ONLY);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("cannot require passwords of the database in " + dataDir, e);
        }
    }

    /** The runtime role: no superuser, no owner of anything; grants come after the migrations. */
    private void ensureAppRole() throws IOException {
        try (Connection c = connect(SUPERUSER, superuserPassword); Statement s = c.createStatement()) {
            boolean exists;
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_USER + "'")) {
                exists = rs.next();
            }
            s.execute((exists ? "alter" : "create") + " role " + APP_USER
                    + " login nosuperuser nocreatedb nocreaterole noreplication password '" + appPassword + "'");
        } catch (SQLException e) {
            throw new IOException("cannot prepare the database role " + APP_USER, e);
        }
    }

    private Connection connect(String user, String password) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    public String appPassword() {
        return appPassword;
    }

    public long postmasterPid() {
        return postmaster.pid();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops PostgreSQL when we started it (an attached process leaves it to its owner). */
    @Override
    public void close() {
        if (!owned) {
            return;
        }
        try {
            watchdog.destroy();
            watchdog.waitFor(10, TimeUnit.SECONDS);
            postmaster.stop(Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException ignored) {
                // the lock goes with the process anyway
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void rotate(Path log) throws IOException {
        if (Files.exists(log) && Files.size(log) > 10L * 1024 * 1024) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Runs one of the binaries. PostgreSQL refuses to run as root; as root it runs in a new user namespace
     * ({@code unshare -U}), where it is an unprivileged user owning the files it creates.
     */
    private static void run(Path home, Duration timeout, String binary, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(home.resolve("bin").resolve(binary).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile(home.getParent(), binary, ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException(binary + " did not finish within " + timeout + ": " + tail(output));
            }
            if (p.exitValue() != 0) {
                throw new IOException(binary + " failed (exit " + p.exitValue() + "): " + tail(output)
                        + ("pg_ctl".equals(binary) ? " — see " + home.getParent().resolve("postgres.log") : ""));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + binary, e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static String tail(Path output) throws IOException {
        String text = Files.readString(output, StandardCharsets.UTF_8).strip();
        return text.length() > 2000 ? "…" + text.substring(text.length() - 2000) : text;
    }
}
