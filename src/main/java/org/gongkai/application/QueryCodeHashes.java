package org.gongkai.application;

import org.gongkai.platform.KeyedHmac;
import org.gongkai.platform.SecretKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * How a query code is kept: HMAC-SHA-256 under a key in {@code <data dir>/keys/application-code.key}, written
 * {@code hmac-sha256:<hex>}. The code is about 59 random bits, so it needs no deliberately slow password hash (bcrypt
 * cost 12 took a second of CPU per submission); the key keeps a copy of the database alone from being searched.
 * Codes stored before this change are bcrypt hashes ({@code $2a$…}): they still verify, and are rewritten in the
 * keyed form the first time they do (see ADR 0018).
 */
@Component
class QueryCodeHashes {

    static final String KEY_NAME = "application-code";
    static final String PREFIX = "hmac-sha256:";

    /** What a stored hash says about a code. */
    enum Match { NO, YES, YES_BUT_REHASH }

    private final SecretKeys keys;
    private final PasswordEncoder legacy;
    private final boolean bcryptForBench;
    private final KeyedHmac hmac;

    /**
     * @param bcryptForBench only for bench/apply-bench.sh: store new codes the old way (bcrypt), to measure the
     *                       baseline in the same run; such codes verify and are moved to the keyed form as usual
     */
    QueryCodeHashes(SecretKeys keys, PasswordEncoder legacy,
                    @Value("${gongkai.bench.bcrypt-query-codes:false}") boolean bcryptForBench) {
        this.keys = keys;
        this.hmac = new KeyedHmac(keys, KEY_NAME, "HMAC-SHA-256 of the query codes of disclosure applications");
        this.legacy = legacy;
        this.bcryptForBench = bcryptForBench;
    }

    /** The stored form of a normalised code. */
    String hash(String normalisedCode) {
        if (bcryptForBench) {
            return legacy.encode(normalisedCode);
        }
        return PREFIX + HexFormat.of().formatHex(mac(normalisedCode));
    }

    /** Compares in constant time; a bcrypt hash of the old format is checked the old way. */
    Match matches(String normalisedCode, String stored) {
        if (stored == null || normalisedCode.isEmpty()) {
            mac(normalisedCode); // the same work either way
            return Match.NO;
        }
        if (stored.startsWith(PREFIX)) {
            byte[] expected;
            try {
                expected = HexFormat.of().parseHex(stored.substring(PREFIX.length()));
            } catch (IllegalArgumentException e) {
                return Match.NO;
            }
            return MessageDigest.isEqual(mac(normalisedCode), expected) ? Match.YES : Match.NO;
        }
        return legacy.matches(normalisedCode, stored) ? Match.YES_BUT_REHASH : Match.NO;
    }

    /** Whether the key file exists (a database holding keyed hashes without it cannot answer any applicant). */
    boolean keyPresent() {
        return keys.find(KEY_NAME).isPresent();
    }

    java.nio.file.Path keyFile() {
        return keys.file(KEY_NAME);
    }

    private byte[] mac(String code) {
        return hmac.of(code);
    }
}
