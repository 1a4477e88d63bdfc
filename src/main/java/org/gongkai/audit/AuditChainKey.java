package org.gongkai.audit;

import org.gongkai.platform.SecretKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The key of the audit chain, {@code <data dir>/keys/audit-chain.key}: entries are hashed with HMAC-SHA-256 under it,
 * so someone who can only change the database cannot recompute the chain after an edit. The key file also records,
 * when it was made, the last entry hashed without a key ({@code unkeyed-up-to}): every later entry must be keyed,
 * so rewriting the tail in the old plain format is caught too. Created at the first append that needs it.
 */
@Component
class AuditChainKey {

    static final String NAME = "audit-chain";
    static final String UNKEYED_UP_TO = "unkeyed-up-to";

    /** The key and the last entry id that may be unkeyed. */
    record Key(SecretKeys.Secret secret, long unkeyedUpTo) {
        byte[] bytes() {
            return secret.key();
        }
    }

    private final SecretKeys keys;
    private final JdbcClient jdbc;
    private volatile Key cached;

    AuditChainKey(SecretKeys keys, JdbcClient jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    /** The key on disk, if there is one. */
    Optional<Key> current() {
        Key k = cached;
        if (k != null) {
            return Optional.of(k);
        }
        Optional<Key> found = keys.find(NAME).map(s -> new Key(s, Long.parseLong(
                s.attributes().getOrDefault(UNKEYED_UP_TO, "0").strip())));
        found.ifPresent(f -> cached = f);
        return found;
    }

    /**
     * The key to append with, created on first need. Call while holding the append lock, so the recorded last
     * unkeyed entry is the real one. Never replaces a lost key: with keyed entries in the log that would make all
     * of them unverifiable, so the append is refused instead.
     */
    Key forAppend() {
        return current().orElseGet(() -> {
            if (keyedEntries() > 0) {
                throw new IllegalStateException(missingKeyMessage());
            }
            long last = jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
            SecretKeys.Secret s = keys.create(NAME, "HMAC-SHA-256 of the audit log's hash chain",
                    Map.of(UNKEYED_UP_TO, Long.toString(last)));
            Key k = new Key(s, Long.parseLong(s.attributes().getOrDefault(UNKEYED_UP_TO, "0").strip()));
            cached = k;
            return k;
        });
    }

    long keyedEntries() {
        return jdbc.sql("select count(*) from audit_entry where hash_format = ?").param(EntryHash.KEYED)
                .query(Long.class).single();
    }

    String missingKeyMessage() {
        return "The audit log holds entries hashed with the audit key, but " + keys.file(NAME) + " is missing. "
                + "Restore the keys/ directory from the backup taken with this database (never create a new key: "
                + "every keyed entry would stop verifying).";
    }
}
