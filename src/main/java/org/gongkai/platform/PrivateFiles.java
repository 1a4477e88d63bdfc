package org.gongkai.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Owner-only directories and secret files (mode 0700 / 0600) in the data directory. */
public final class PrivateFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PrivateFiles() {
    }

    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        posix(dir, "rwx------");
        return dir;
    }

    /** The secret kept in {@code file}, created (random, 32 bytes, base64url) when missing. */
    public static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            directory(file.getParent());
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            Path tmp = Files.createTempFile(file.getParent(), "secret", ".tmp");
            posix(tmp, "rw-------");
            Files.writeString(tmp, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n",
                    StandardCharsets.US_ASCII);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                Files.deleteIfExists(tmp);
            }
        }
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
    }

    public static void posix(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own ACL applies
        }
    }
}
