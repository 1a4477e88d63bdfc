package org.gongkai.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SharedDirectory;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores an archive of {@link BackupWriter} into an empty database (a new embedded data directory, or an empty
 * server database) and its data directory: checksum checked, schema built by the migrations up to the archive's
 * version, every table loaded in one transaction, sequences set, then the later migrations, then the files.
 */
@Component
public class BackupRestorer {

    private final DatabaseOwner owner;
    private final Path dataDir;
    private final Path sharedDir;

    BackupRestorer(DatabaseOwner owner, GongkaiProperties props, SharedDirectory shared) {
        this.owner = owner;
        this.dataDir = props.dataDir().toAbsolutePath().normalize();
        this.sharedDir = shared.root();
    }

    public record Restored(long rows, int files, String schemaVersion) {
    }

    public Restored restore(Path archive, BackupWriter.Progress progress) throws IOException {
        verifyChecksum(archive);
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry("manifest.properties");
            if (manifestEntry == null) {
                throw new IllegalArgumentException(archive + " is not a Gongkai backup (no manifest)");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            List<String> tables = List.of(manifest.getProperty("tables", "").split(","));
            List<ZipEntry> files = fileEntries(zip);
            progress.steps(tables.size() + files.size() + 2L);
            refuseUnlessEmpty();
            String version = manifest.getProperty("schema.version");
            Flyway toBackupVersion = flyway().cleanDisabled(false)
                    .target(version == null || version.isBlank() ? MigrationVersion.LATEST : MigrationVersion.fromVersion(version))
                    .load();
            toBackupVersion.clean();
            toBackupVersion.migrate();
            progress.done("schema " + version);
            long rows = loadTables(zip, manifest, tables, progress);
            flyway().load().migrate();
            progress.done("migrations");
            extractFiles(zip, files, progress);
            return new Restored(rows, files.size(), version);
        }
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(owner.dataSource()).locations("classpath:db/migration");
    }

    /** Only into a database that holds nothing yet: no organisation, no audit entry. */
    private void refuseUnlessEmpty() throws IOException {
        try (Connection c = owner.dataSource().getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("organisation", "audit_entry", "staff_user")) {
                try (ResultSet rs = s.executeQuery("select to_regclass('public." + table + "') is not null")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet rs = s.executeQuery("select exists (select 1 from " + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        throw new IllegalStateException("the database is not empty (" + table + " has rows): restore "
                                + "only into a new data directory (GONGKAI_DATA_DIR) or an empty server database");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    private long loadTables(ZipFile zip, Properties manifest, List<String> tables, BackupWriter.Progress progress)
            throws IOException {
        try (Connection c = owner.dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<DatabaseTables.Table> schema = DatabaseTables.inDependencyOrder(c);
            Set<String> inArchive = new LinkedHashSet<>(tables);
            List<DatabaseTables.Table> reversed = new ArrayList<>(schema);
            Collections.reverse(reversed);
            try (Statement s = c.createStatement()) {
                for (DatabaseTables.Table t : reversed) {
                    if (inArchive.contains(t.name())) {
                        s.execute("delete from " + DatabaseTables.quote(t.name())); // rows the migrations seeded
                    }
                }
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            long rows = 0;
            for (DatabaseTables.Table t : schema) {
                if (!inArchive.contains(t.name())) {
                    continue;
                }
                String entry = manifest.getProperty("table." + t.name() + ".entry");
                String columns = String.join(", ", List.of(manifest.getProperty("table." + t.name() + ".columns")
                        .split(",")).stream().map(DatabaseTables::quote).toList());
                try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                    long loaded = pg.getCopyAPI().copyIn("COPY " + DatabaseTables.quote(t.name()) + " (" + columns
                            + ") FROM STDIN", in);
                    long expected = Long.parseLong(manifest.getProperty("table." + t.name() + ".rows"));
                    if (loaded != expected) {
                        throw new IOException(t.name() + ": " + loaded + " rows loaded, the archive says " + expected);
                    }
                    rows += loaded;
                }
                progress.done(t.name());
            }
            try (InputStream in = zip.getInputStream(zip.getEntry("database/sequences.tsv"));
                 PreparedStatement ps = c.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    ps.setString(1, DatabaseTables.quote(f[0]));
                    boolean called = !f[1].isEmpty();
                    ps.setLong(2, called ? Long.parseLong(f[1]) : 1);
                    ps.setBoolean(3, called);
                    ps.executeQuery().close();
                }
            }
            c.commit();
            return rows;
        } catch (SQLException e) {
            throw new IOException("the database could not be restored: " + e.getMessage(), e);
        }
    }

    static List<ZipEntry> fileEntries(ZipFile zip) {
        return Collections.list(zip.entries()).stream()
                .filter(e -> !e.isDirectory() && (e.getName().startsWith("files/") || e.getName().startsWith("shared/")))
                .map(e -> (ZipEntry) e).toList();
    }

    void extractFiles(ZipFile zip, List<ZipEntry> files, BackupWriter.Progress progress) throws IOException {
        for (ZipEntry e : files) {
            extract(zip, e);
            progress.done(e.getName());
        }
    }

    /** {@code files/…} into the data directory, {@code shared/…} into the shared directory (ADR 0034). */
    private void extract(ZipFile zip, ZipEntry e) throws IOException {
        boolean shared = e.getName().startsWith("shared/");
        Path base = shared ? sharedDir : dataDir;
        Path target = base.resolve(e.getName().substring(e.getName().indexOf('/') + 1)).normalize();
        if (!target.startsWith(base) || base.relativize(target).getNameCount() == 0) {
            throw new IOException("archive entry outside the data directory: " + e.getName());
        }
        Files.createDirectories(target.getParent());
        boolean secret = base.relativize(target).getName(0).toString().equals("keys");
        if (secret) {
            setPosix(target.getParent(), "rwx------");
        }
        Path tmp = Files.createTempFile(target.getParent(), "restore", ".tmp");
        try (InputStream in = zip.getInputStream(e); FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            in.transferTo(java.nio.channels.Channels.newOutputStream(ch));
            ch.force(true);
        }
        setPosix(tmp, secret ? "rw-------" : "rw-r-----");
        Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BackupWriter.forceDirectory(target.getParent());
    }

    private static void setPosix(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException ignored) {
            // not POSIX
        }
    }

    /** When {@code <archive>.sha256} lies beside the archive, the archive must match it. */
    static void verifyChecksum(Path archive) throws IOException {
        Path sidecar = BackupWriter.checksumFile(archive);
        if (!Files.exists(sidecar)) {
            return;
        }
        String expected = Files.readString(sidecar, StandardCharsets.UTF_8).strip().split("\\s+")[0];
        String actual = sha256(archive);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new IllegalArgumentException(archive + " does not match its checksum " + sidecar
                    + " (SHA-256 " + actual + ", expected " + expected + "): the archive is damaged");
        }
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
