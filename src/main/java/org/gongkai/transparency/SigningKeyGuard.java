package org.gongkai.transparency;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Refuses to start when the database holds signed tree heads and the transparency key in {@code keys/} is missing
 * or another one: a new key would be created and published silently, and every earlier tree head would stop
 * verifying. Runs while the context starts, before any job could sign.
 */
@Component
class SigningKeyGuard implements InitializingBean {

    private final JdbcClient jdbc;
    private final SigningKey key;
    private final Path keyDir;

    SigningKeyGuard(JdbcClient jdbc, SigningKey key, org.gongkai.platform.SharedDirectory shared) {
        this.jdbc = jdbc;
        this.key = key;
        this.keyDir = shared.keys();
    }

    @Override
    public void afterPropertiesSet() {
        Optional<byte[]> signedWith = jdbc.sql("select key_id from tree_head order by tree_size desc limit 1")
                .query(byte[].class).optional();
        check(signedWith, keyDir, key);
    }

    static void check(Optional<byte[]> signedWith, Path keyDir, SigningKey key) {
        if (signedWith.isEmpty()) {
            return;
        }
        Path file = keyDir.resolve("transparency-ed25519.key");
        String expected = HexFormat.of().formatHex(signedWith.get());
        String restore = " Restore the keys/ directory that belongs to this database (java -jar gongkai.jar restore "
                + "<backup> restores both together), or copy transparency-ed25519.key and transparency-ed25519.pub back into "
                + keyDir + ". Gongkai does not create a new key: every tree head signed so far would stop verifying.";
        if (!Files.exists(file) || !Files.exists(keyDir.resolve("transparency-ed25519.pub"))) {
            throw new IllegalStateException("The transparency log's signing key is missing: the database holds signed "
                    + "tree heads (key id " + expected + ") but " + file + " does not exist." + restore);
        }
        String actual = HexFormat.of().formatHex(key.keyId());
        if (!actual.equals(expected)) {
            throw new IllegalStateException("The transparency log's signing key in " + file + " (key id " + actual
                    + ") is not the key that signed this database's tree heads (key id " + expected + ")." + restore);
        }
    }
}
