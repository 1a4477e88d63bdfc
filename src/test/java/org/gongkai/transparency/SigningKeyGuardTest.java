package org.gongkai.transparency;

import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database restored without its keys (or with another data directory's) does not start and never gets a new key. */
class SigningKeyGuardTest {

    @TempDir
    Path data;

    private SigningKey keyIn(Path dataDir) {
        return new SigningKey(new GongkaiProperties(dataDir, false, null, null));
    }

    @Test
    void noTreeHeadsYetAnyKeyWillDo() {
        assertThatCode(() -> SigningKeyGuard.check(Optional.empty(), data.resolve("keys"), keyIn(data)))
                .doesNotThrowAnyException();
    }

    @Test
    void theKeyThatSignedTheTreeHeadsIsAccepted() {
        SigningKey key = keyIn(data);
        assertThatCode(() -> SigningKeyGuard.check(Optional.of(key.keyId()), data.resolve("keys"), key))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingKeyIsRefusedWithTheWayToRestoreItAndNoNewKeyIsMade() throws Exception {
        byte[] signedWith = keyIn(data).keyId();
        Path keys = data.resolve("keys");
        Files.delete(keys.resolve("transparency-ed25519.key"));
        Files.delete(keys.resolve("transparency-ed25519.pub"));
        SigningKey fresh = keyIn(data);
        assertThatThrownBy(() -> SigningKeyGuard.check(Optional.of(signedWith), keys, fresh))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("signing key is missing")
                .hasMessageContaining("gongkai.jar restore")
                .hasMessageContaining("transparency-ed25519.key");
        assertThat(keys.resolve("transparency-ed25519.key")).doesNotExist();
    }

    @Test
    void anotherKeyIsRefused() {
        byte[] signedWith = keyIn(data.resolve("elsewhere")).keyId();
        SigningKey other = keyIn(data);
        other.keyId(); // created here: a different key
        assertThatThrownBy(() -> SigningKeyGuard.check(Optional.of(signedWith), data.resolve("keys"), other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the key that signed");
    }
}
