package org.gongkai.transparency;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
import org.gongkai.platform.SharedDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The log's Ed25519 key pair in {@code <shared dir>/keys/transparency-ed25519.key} (PKCS#8 PEM, owner-only) and
 * {@code .pub} (SubjectPublicKeyInfo PEM), where every app node reads it (ADR 0034). Created at first use; creation is
 * serialised across nodes by a PostgreSQL advisory lock (file locks are not reliable on every network file system)
 * and within the machine by a file lock in that directory, and whoever gets the locks second finds the key made, so
 * nodes starting at once end up with one key.
 */
@Component
class SigningKey {

    /** pg_advisory_xact_lock key of the key's creation ("gongkaiK"). */
    static final long CREATE_LOCK = 0x676f6e676b61694bL;

    private final Path dir;
    private final DataSource database;
    private volatile KeyPair pair;

    SigningKey(GongkaiProperties properties) {
        this.dir = properties.dataDir().resolve("keys");
        this.database = null;
    }

    @Autowired
    SigningKey(SharedDirectory shared, DataSource database) {
        this.dir = shared.keys();
        this.database = database;
    }

    public PublicKey publicKey() {
        return pair().getPublic();
    }

    public String publicKeyPem() {
        return Ed25519.pem("PUBLIC KEY", publicKey().getEncoded());
    }

    /** SHA-256 of the public key's DER encoding: names the key in tree heads. */
    public byte[] keyId() {
        return MerkleHash.sha256().digest(publicKey().getEncoded());
    }

    PrivateKey privateKey() {
        return pair().getPrivate();
    }

    private KeyPair pair() {
        KeyPair p = pair;
        if (p == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate();
                }
                p = pair;
            }
        }
        return p;
    }

    private KeyPair loadOrCreate() {
        Path key = dir.resolve("transparency-ed25519.key");
        Path pub = dir.resolve("transparency-ed25519.pub");
        try {
            if (!Files.exists(key)) {
                createUnderDatabaseLock(key, pub);
            }
            PrivateKey privateKey = Ed25519.privateKey(Files.readString(key, StandardCharsets.US_ASCII));
            PublicKey publicKey = Ed25519.publicKey(Files.readString(pub, StandardCharsets.US_ASCII));
            if (!Ed25519.verify(publicKey, new byte[]{1}, Ed25519.sign(privateKey, new byte[]{1}))) {
                throw new IllegalStateException(key + " and " + pub + " are not one key pair");
            }
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the transparency key in " + dir, e);
        }
    }

    private void createUnderDatabaseLock(Path key, Path pub) throws IOException {
        if (database == null) {
            create(key, pub);
            return;
        }
        try (Connection c = database.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, CREATE_LOCK);
                lock.execute();
                create(key, pub);
            } finally {
                c.commit();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the database lock to create the transparency key", e);
        }
    }

    private void create(Path key, Path pub) throws IOException {
        Files.createDirectories(dir);
        posix(dir, "rwx------");
        try (FileChannel lockFile = FileChannel.open(dir.resolve(".create.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = lockFile.lock()) {
            if (Files.exists(key)) {
                return; // another process created it while we waited
            }
            KeyPair fresh;
            try {
                fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no Ed25519 in this JDK", e);
            }
            // the public half first, so whoever sees the private key also finds its public key; each one forced to
            // disk with its directory entry before the key signs anything
            DurableFiles.write(pub, Ed25519.pem("PUBLIC KEY", fresh.getPublic().getEncoded())
                    .getBytes(StandardCharsets.US_ASCII), DurableFiles.READABLE);
            DurableFiles.write(key, Ed25519.pem("PRIVATE KEY", fresh.getPrivate().getEncoded())
                    .getBytes(StandardCharsets.US_ASCII), DurableFiles.OWNER_ONLY);
        }
    }

    private static void posix(Path p, String perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own ACL applies
        }
    }
}
