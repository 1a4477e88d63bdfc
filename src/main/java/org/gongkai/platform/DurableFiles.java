package org.gongkai.platform;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way the platform writes a file that a database row (or a receipt) will point to. The bytes go to a
 * temporary file in the target's own directory, are forced to disk, and the file is renamed to its final name; then
 * the directory itself is forced, so the new name survives a power cut too. Only after that may the caller commit
 * the row. A write that fails part-way leaves no file under the final name and no temporary file.
 */
public final class DurableFiles {

    /** Owner read/write only: keys, passwords, applicants' files. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** Owner read/write, others read: what may be shown to whoever can read the data directory. */
    public static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content of a file through a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** Writes bytes under {@code target}, replacing a file of that name; durable when this returns. */
    public static void write(Path target, byte[] bytes, Set<PosixFilePermission> permissions) {
        write(target, out -> out.write(bytes), permissions);
    }

    /** Writes what {@code content} produces under {@code target}; durable when this returns. */
    public static void write(Path target, Content content, Set<PosixFilePermission> permissions) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            permissions(tmp, permissions);
            writeForced(tmp, content);
            moveInto(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * Writes a file that belongs to a row of the current transaction: durable when this returns, and deleted again
     * if the transaction rolls back, so a failed submission leaves neither a row nor a file. Outside a transaction
     * it is just {@link #write(Path, byte[], Set)}.
     */
    public static void writeForRow(Path target, byte[] bytes, Set<PosixFilePermission> permissions) {
        write(target, bytes, permissions);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(target);
                    }
                }
            });
        }
    }

    /**
     * Writes a stream to a temporary file beside {@code dir}'s other files and forces it to disk; the caller then
     * checks it and either {@link #moveInto moves it into place} or deletes it.
     */
    public static Path writeTemporary(Path dir, Content content) throws IOException {
        createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "upload-", ".part");
        try {
            writeForced(tmp, content);
            return tmp;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    /**
     * Renames a complete, forced temporary file to its final name atomically (replacing what is there) and forces
     * the directory that now holds it, and the one it came from when that differs.
     */
    public static void moveInto(Path tmp, Path target) throws IOException {
        force(tmp);
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the temporary file and " + target + " must be on one file system", e);
        }
        forceDirectory(dir);
        Path from = tmp.toAbsolutePath().getParent();
        if (!from.equals(dir)) {
            forceDirectory(from);
        }
    }

    /** Creates a file that must not exist yet (a lock-free "first one wins"), durably; false when it existed. */
    public static boolean createNew(Path target, byte[] bytes, Set<PosixFilePermission> permissions) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
            permissions(tmp, permissions);
            writeForced(tmp, out -> out.write(bytes));
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException e) {
                if (Files.exists(target)) {
                    return false;
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
            }
            forceDirectory(dir);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Creates a directory (and its parents) and forces the parent, so the new entry is on disk. */
    public static void createDirectories(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath();
        if (Files.isDirectory(abs)) {
            return;
        }
        createDirectories(abs.getParent());
        try {
            Files.createDirectory(abs);
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        forceDirectory(abs.getParent());
    }

    /** Forces a directory's entries to disk (fsync on the directory); a no-op where directories cannot be opened. */
    public static void forceDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (isWindows()) {
                return; // NTFS has no directory fsync: its metadata is journalled
            }
            throw e;
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void writeForced(Path file, Content content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(ch);
            content.writeTo(out);
            out.flush();
            ch.force(true);
        }
    }

    private static void permissions(Path p, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(p, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own ACL applies
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }

    public static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a leftover temporary file holds no row's content and is harmless
            }
        }
    }
}
