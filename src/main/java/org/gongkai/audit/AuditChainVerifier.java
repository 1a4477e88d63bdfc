package org.gongkai.audit;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.function.LongConsumer;

/**
 * Walks the whole log in id order, a batch at a time, and reports the first entry that breaks the chain: its
 * stored hash does not match its content, or its prev_hash is not the hash of the entry before it.
 * Removing entries from the end cannot be seen from the chain alone.
 */
@Service
public class AuditChainVerifier {

    static final int BATCH = 500;

    private final AuditEntries entries;

    AuditChainVerifier(AuditEntries entries) {
        this.entries = entries;
    }

    public enum Problem { HASH_MISMATCH, LINK_BROKEN }

    /**
     * @param checked       entries read, including the broken one
     * @param firstBrokenId null when intact
     * @param detail        a sentence for operators (English), null when intact
     */
    public record Result(long checked, Long firstBrokenId, Problem problem, String detail) {
        public boolean intact() {
            return firstBrokenId == null;
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
        String expectedPrev = EntryHash.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = entries.batchAfter(lastId, BATCH);
            if (batch.isEmpty()) {
                return new Result(checked, null, null, null);
            }
            for (AuditEntry e : batch) {
                checked++;
                if (!e.prevHash().equals(expectedPrev)) {
                    return new Result(checked, e.id(), Problem.LINK_BROKEN, lastId == 0
                            ? "entry %d is the first entry but its prev_hash is not the genesis value".formatted(e.id())
                            : "prev_hash of entry %d is not the hash of entry %d before it".formatted(e.id(), lastId));
                }
                String recomputed = EntryHash.of(e.content());
                if (!recomputed.equals(e.hash())) {
                    return new Result(checked, e.id(), Problem.HASH_MISMATCH,
                            "entry %d: its content does not match its stored hash".formatted(e.id()));
                }
                expectedPrev = e.hash();
                lastId = e.id();
            }
            progress.accept(checked);
        }
    }
}
