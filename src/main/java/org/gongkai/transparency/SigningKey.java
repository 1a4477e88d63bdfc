package org.gongkai.transparency;

import org.gongkai.platform.DurableFiles;
import org.gongkai.platform.GongkaiProperties;
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

/**
 * The log's Ed25519 key pair in {@code <data dir>/keys/transparency-ed25519.key} (PKCS#8 PEM, owner-only) and
 * {@code .pub} (SubjectPublicKeyInfo PEM). Created at first use; creation is
 * serialised by a file lock in that directory, so processes sharing it end up with one key.
 */
@Component
class SigningKey {

    private final Path dir;
    private volatile KeyPair pair;

    SigningKey(GongkaiProperties properties) {
        this.dir = properties.dataDir().resolve("keys");
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
                create(key, pub);
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
