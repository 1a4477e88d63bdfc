package org.gongkai.platform;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Secret keys of 256 random bits kept as small text files in {@code <shared dir>/keys/} (owner-only), outside the
 * database: whoever can only reach the database cannot compute what they protect. A key file is created once,
 * durably, by whichever process gets there first, and never replaced; it can carry a few attributes fixed at its
 * creation (such as where a keyed chain begins).
 */
@Component
public class SecretKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key read from its file. */
    public record Secret(String name, Path file, byte[] key, Map<String, String> attributes) {

        /** The first 16 hex digits of SHA-256 over the key: names it in output without revealing it. */
        public String fingerprint() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Path dir;

    public SecretKeys(GongkaiProperties properties) {
        this(new SharedDirectory(properties, ""));
    }

    /** In {@code <shared dir>/keys}: every app node reads the same keys (ADR 0034). */
    @org.springframework.beans.factory.annotation.Autowired
    public SecretKeys(SharedDirectory shared) {
        this.dir = shared.keys();
    }

    public Path file(String name) {
        return dir.resolve(name + ".key");
    }

    public Optional<Secret> find(String name) {
        Path file = file(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            String key = p.getProperty("key");
            if (key == null) {
                throw new IllegalStateException(file + " holds no key= line");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            p.stringPropertyNames().stream().filter(k -> !k.equals("key")).sorted()
                    .forEach(k -> attributes.put(k, p.getProperty(k)));
            return Optional.of(new Secret(name, file, Base64.getDecoder().decode(key.strip()), Map.copyOf(attributes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key " + file, e);
        }
    }

    /**
     * Creates the key with these attributes unless it exists, and answers the key now on disk (which is another
     * process's when it got there first).
     */
    public Secret create(String name, String purpose, Map<String, String> attributes) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        StringBuilder text = new StringBuilder("# Gongkai secret key: ").append(purpose).append('\n')
                .append("# Keep with every backup of the database; never replace it while its data lives.\n");
        attributes.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append("key=").append(Base64.getEncoder().encodeToString(key)).append('\n');
        try {
            DurableFiles.createDirectories(dir);
            try {
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException notPosix) {
                // the data directory's own ACL applies
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        DurableFiles.createNew(file(name), text.toString().getBytes(StandardCharsets.ISO_8859_1), DurableFiles.OWNER_ONLY);
        return find(name).orElseThrow();
    }
}
