package org.gongkai.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The PostgreSQL binaries shipped in zonky's binaries jar, unpacked into a private directory of ours (owner-only)
 * instead of zonky's world-writable {@code /tmp/embedded-pg}: whoever can replace a binary there runs code as us.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** The directory holding {@code bin/initdb}, {@code bin/pg_ctl} and {@code bin/postgres}, unpacked under {@code parent}. */
    static Path unpack(Path parent) throws IOException {
        byte[] archive;
        String digest;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(os(), arch())) {
            if (in == null) {
                throw new IllegalStateException("no embedded PostgreSQL binaries for " + os() + " " + arch());
            }
            DigestInputStream digesting = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            archive = digesting.readAllBytes();
            digest = HexFormat.of().formatHex(digesting.getMessageDigest().digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        PrivateFiles.directory(parent);
        Path target = parent.resolve("bin-" + digest);
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        try (FileChannel lockFile = FileChannel.open(parent.resolve(".unpack.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            if (Files.exists(done)) {
                return target; // another process unpacked while we waited
            }
            Path tmp = Files.createTempDirectory(parent, "unpack-");
            extract(archive, tmp);
            Files.createFile(tmp.resolve(".unpacked"));
            if (Files.exists(target)) {
                deleteTree(target); // a half-unpacked leftover of a crash
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static void extract(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                new java.io.ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path p = into.resolve(entry.getName()).normalize();
                if (!p.startsWith(into)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(p);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createSymbolicLink(p, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(p.getParent());
                    Files.createLink(p, into.resolve(entry.getLinkName()).normalize());
                } else if (entry.isFile()) {
                    Files.createDirectories(p.getParent());
                    Files.copy(tar, p);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().replaceFirst("^\\./", "").startsWith("bin/")) {
                        p.toFile().setExecutable(true, true);
                    }
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String os() {
        String name = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        if (name.contains("win")) {
            return "Windows";
        }
        return name.contains("mac") ? "Darwin" : "Linux";
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return "amd64".equals(arch) ? "x86_64" : arch;
    }
}
