package org.gongkai.audit;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Walks the whole log in id order, a batch at a time, and reports the first entry that breaks the chain: its
 * stored hash does not match its content, or its prev_hash is not the hash of the entry before it. Keyed entries
 * (HMAC-SHA-256 under the audit key) are checked with the key; entries older than the key with plain SHA-256. An
 * unkeyed entry where the chain is already keyed is itself a break: it is how an edit recomputed without the key
 * looks. Removing entries from the end cannot be seen from the chain alone.
 */
@Service
public class AuditChainVerifier {

    static final int BATCH = 500;

    private final AuditEntries entries;
    private final AuditChainKey chainKey;

    AuditChainVerifier(AuditEntries entries, AuditChainKey chainKey) {
        this.entries = entries;
        this.chainKey = chainKey;
    }

    public enum Problem { HASH_MISMATCH, LINK_BROKEN, UNKEYED_IN_KEYED_CHAIN, KEY_MISSING }

    /**
     * @param checked        entries read, including the broken one
     * @param firstBrokenId  null when intact
     * @param detail         a sentence for operators (English), null when intact
     * @param keyed          entries verified with the audit key
     * @param unkeyed        entries verified with plain SHA-256 (older than the key)
     * @param keyFingerprint the audit key's fingerprint, null when there is no key file
     * @param keyFile        where the key was read from, null when there is none
     */
    public record Result(long checked, Long firstBrokenId, Problem problem, String detail, long keyed, long unkeyed,
                         String keyFingerprint, String keyFile) {
        public boolean intact() {
            return firstBrokenId == null;
        }

        /** Which way the chain was verified, for operators. */
        public String mode() {
            String plain = unkeyed + " unkeyed entr" + (unkeyed == 1 ? "y" : "ies") + " (plain SHA-256, older than the key)";
            if (keyFingerprint == null) {
                return "no audit key in the data directory: " + plain;
            }
            return keyed + " keyed entr" + (keyed == 1 ? "y" : "ies") + " (HMAC-SHA-256, key " + keyFingerprint
                    + " from " + keyFile + "), " + plain;
        }
    }

    /** How many entries there are now, for a progress display; more may be appended while verifying. */
    public long count() {
        return entries.count();
    }

    public Result verify() {
        return verify(n -> { });
    }

    /** @param progress called after each batch with the number of entries checked so far */
    public Result verify(LongConsumer progress) {
        Optional<AuditChainKey.Key> key = chainKey.current();
        String fingerprint = key.map(k -> k.secret().fingerprint()).orElse(null);
        String file = key.map(k -> k.secret().file().toString()).orElse(null);
        long unkeyedUpTo = key.map(AuditChainKey.Key::unkeyedUpTo).orElse(Long.MAX_VALUE);
        String expectedPrev = EntryHash.GENESIS;
        long lastId = 0;
        long checked = 0;
        long keyed = 0;
        long unkeyed = 0;
        Long firstKeyed = null;
        while (true) {
            List<AuditEntry> batch = entries.batchAfter(lastId, BATCH);
            if (batch.isEmpty()) {
                return new Result(checked, null, null, null, keyed, unkeyed, fingerprint, file);
            }
            for (AuditEntry e : batch) {
                checked++;
                Problem problem = null;
                String detail = null;
                if (!e.prevHash().equals(expectedPrev)) {
                    problem = Problem.LINK_BROKEN;
                    detail = lastId == 0
                            ? "entry %d is the first entry but its prev_hash is not the genesis value".formatted(e.id())
                            : "prev_hash of entry %d is not the hash of entry %d before it".formatted(e.id(), lastId);
                } else if (e.hashFormat() == EntryHash.KEYED) {
                    if (key.isEmpty()) {
                        problem = Problem.KEY_MISSING;
                        detail = "entry %d is keyed but there is no audit key: %s".formatted(e.id(),
                                chainKey.missingKeyMessage());
                    } else if (!EntryHash.keyed(e.content(), key.get().bytes()).equals(e.hash())) {
                        problem = Problem.HASH_MISMATCH;
                        detail = "entry %d: its content does not match its stored hash (HMAC-SHA-256, key %s)"
                                .formatted(e.id(), fingerprint);
                    } else {
                        keyed++;
                        firstKeyed = firstKeyed == null ? e.id() : firstKeyed;
                    }
                } else if (firstKeyed != null || e.id() > unkeyedUpTo) {
                    problem = Problem.UNKEYED_IN_KEYED_CHAIN;
                    detail = ("entry %d carries a plain SHA-256 hash, but the chain is keyed %s: it was written or "
                            + "recomputed without the audit key").formatted(e.id(), firstKeyed != null
                            ? "from entry " + firstKeyed : "after entry " + unkeyedUpTo + " (key " + fingerprint + ")");
                } else if (!EntryHash.of(e.content()).equals(e.hash())) {
                    problem = Problem.HASH_MISMATCH;
                    detail = "entry %d: its content does not match its stored hash (plain SHA-256)".formatted(e.id());
                } else {
                    unkeyed++;
                }
                if (problem != null) {
                    return new Result(checked, e.id(), problem, detail, keyed, unkeyed, fingerprint, file);
                }
                expectedPrev = e.hash();
                lastId = e.id();
            }
            progress.accept(checked);
        }
    }
}
