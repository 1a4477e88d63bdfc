package org.gongkai.platform;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;

/**
 * HMAC-SHA-256 under a named key of {@link SecretKeys}, created on first use (ADR 0018): how query codes of
 * applications and messages are kept, so a copy of the database alone cannot be searched for them.
 */
public final class KeyedHmac {

    private final SecretKeys keys;
    private final String name;
    private final String purpose;
    private volatile SecretKeySpec key;

    public KeyedHmac(SecretKeys keys, String name, String purpose) {
        this.keys = keys;
        this.name = name;
        this.purpose = purpose;
    }

    public byte[] of(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    SecretKeys.Secret secret = keys.find(name).orElseGet(() -> keys.create(name, purpose, Map.of()));
                    key = new SecretKeySpec(secret.key(), "HmacSHA256");
                }
                k = key;
            }
        }
        return k;
    }
}
