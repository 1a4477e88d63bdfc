package org.gongkai.operations;

import org.gongkai.platform.DatabaseOwner;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SharedDirectory;
import org.postgresql.PGConnection;
import org.springframework.stereotype.Component;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one consistent archive of a running Gongkai (ADR 0016): every table copied (COPY, text format) inside one
 * read-only REPEATABLE READ transaction, so all tables are of one instant; then the files of the data directory
 * (attachments, application files, keys), which were on disk before the rows naming them committed. Works the
 * same on the embedded database and on a server; PostgreSQL's own client tools are not needed.
 */
@Component
public class BackupWriter {

    /** Top-level entries of the data directory that a backup leaves out: rebuilt or machine-specific. */
    static final List<String> NOT_BACKED_UP = List.of("pg", "pg.initdb", "postgres", "index", "backups");

    private final DatabaseOwner owner;
    private final Path dataDir;
    private final Path sharedDir;

    BackupWriter(DatabaseOwner owner, GongkaiProperties props, SharedDirectory shared) {
        this.owner = owner;
        this.dataDir = props.dataDir().toAbsolutePath().normalize();
        this.sharedDir = shared.root();
    }

    public record Written(Path file, long bytes, String sha256, long rows, int files) {
    }

    /** What a caller sees of the work: the number of steps (tables + files), then each one done. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void steps(long total) {
        }

        default void done(String what) {
        }
    }

    public Written write(Path target, Progress progress) throws IOException {
        Path file = target.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        List<Path> files;
        Properties manifest = new Properties();
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
             DigestOutputStream digest = new DigestOutputStream(new java.io.BufferedOutputStream(raw, 1 << 16), sha);
             ZipOutputStream zip = new ZipOutputStream(digest, StandardCharsets.UTF_8)) {
            try (Connection c = owner.dataSource().getConnection()) {
                c.setAutoCommit(false);
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                c.setReadOnly(true);
                List<DatabaseTables.Table> tables = DatabaseTables.inDependencyOrder(c);
                files = dataFiles();
                progress.steps(tables.size() + files.size() + 1L);
                manifest.setProperty("format", "1");
                manifest.setProperty("created", Instant.now().toString());
                manifest.setProperty("schema.version", schemaVersion(c));
                manifest.setProperty("server.version", single(c, "show server_version"));
                PGConnection pg = c.unwrap(PGConnection.class);
                List<String> names = new ArrayList<>();
                int n = 0;
                for (DatabaseTables.Table t : tables) {
                    String entry = "database/%03d-%s.copy".formatted(++n, t.name());
                    zip.putNextEntry(new ZipEntry(entry));
                    long copied = pg.getCopyAPI().copyOut("COPY " + DatabaseTables.quote(t.name()) + " ("
                            + t.quotedColumns() + ") TO STDOUT", new Unclosed(zip));
                    zip.closeEntry();
                    rows += copied;
                    names.add(t.name());
                    manifest.setProperty("table." + t.name() + ".entry", entry);
                    manifest.setProperty("table." + t.name() + ".columns", String.join(",", t.columns()));
                    manifest.setProperty("table." + t.name() + ".rows", Long.toString(copied));
                    progress.done(t.name());
                }
                manifest.setProperty("tables", String.join(",", names));
                zip.putNextEntry(new ZipEntry("database/sequences.tsv"));
                zip.write(sequences(c).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                progress.done("sequences");
                c.commit();
            } catch (SQLException e) {
                throw new IOException("the database could not be read for the backup: " + e.getMessage(), e);
            }
            // after the snapshot: every file a copied row names was on disk before that row committed
            for (Path p : files) {
                String name = entryName(p);
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(p, zip);
                zip.closeEntry();
                progress.done(name);
            }
            manifest.setProperty("files", Integer.toString(files.size()));
            manifest.setProperty("rows", Long.toString(rows));
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.store(zip, "Gongkai backup");
            zip.closeEntry();
            zip.finish();
            digest.flush();
            channel.force(true);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        String hex = HexFormat.of().formatHex(sha.digest());
        Files.writeString(checksumFile(file), hex + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
        forceDirectory(file.getParent());
        return new Written(file, Files.size(file), hex, rows, files.size());
    }

    /** {@code <archive>.sha256}, in the format {@code sha256sum -c} reads. */
    static Path checksumFile(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".sha256");
    }

    /** {@code files/…} for the data directory, {@code shared/…} for a shared directory kept elsewhere (ADR 0034). */
    private String entryName(Path p) {
        boolean shared = separateSharedDir() && p.startsWith(sharedDir);
        Path base = shared ? sharedDir : dataDir;
        return (shared ? "shared/" : "files/") + base.relativize(p).toString().replace('\\', '/');
    }

    private boolean separateSharedDir() {
        return !sharedDir.startsWith(dataDir) && !dataDir.startsWith(sharedDir);
    }

    private List<Path> dataFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        collect(dataDir, out);
        if (separateSharedDir()) {
            collect(sharedDir, out);
        }
        return out;
    }

    private static void collect(Path dir, List<Path> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (var top = Files.list(dir)) {
            for (Path p : top.sorted().toList()) {
                if (NOT_BACKED_UP.contains(p.getFileName().toString())) {
                    continue;
                }
                try (var walk = Files.walk(p, new FileVisitOption[0])) {
                    walk.filter(Files::isRegularFile).filter(BackupWriter::worthKeeping).sorted().forEach(out::add);
                }
            }
        }
    }

    /** Temporary and lock files go; so do the embedded PostgreSQL's passwords (the restored cluster gets its own). */
    static boolean worthKeeping(Path p) {
        String name = p.getFileName().toString();
        return !name.endsWith(".tmp") && !name.endsWith(".part") && !name.endsWith(".lock") && !name.endsWith(".partial")
                && !(name.startsWith("postgres-") && name.endsWith(".password"));
    }

    private static String schemaVersion(Connection c) throws SQLException {
        String v = single(c, "select version from flyway_schema_history where success and version is not null"
                + " order by installed_rank desc limit 1");
        return v == null ? "" : v;
    }

    private static String sequences(Connection c) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select sequencename, last_value from pg_sequences where schemaname = 'public' order by 1")) {
            while (rs.next()) {
                String name = rs.getString(1);
                long value = rs.getLong(2);
                boolean never = rs.wasNull();
                out.append(name).append('\t').append(never ? "" : Long.toString(value)).append('\n');
            }
        }
        return out.toString();
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not every platform can sync a directory
        }
    }

    /** Lets the PostgreSQL driver write into the open zip entry without closing the archive. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
