package org.gongkai.transparency;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Signs the current tree when it has grown past the latest signed head (one head per size). Runs under the append
 * lock so the size it signs is exact and two nodes never sign the same size differently.
 */
@Service
class TreeHeadSigner {

    private final LeafStore leaves;
    private final TreeHeads heads;
    private final SigningKey key;
    private final Clock clock;

    TreeHeadSigner(LeafStore leaves, TreeHeads heads, SigningKey key, Clock clock) {
        this.leaves = leaves;
        this.heads = heads;
        this.key = key;
        this.clock = clock;
    }

    /** The latest signed head, after signing the current size if no head covers it yet. */
    @Transactional
    public TreeHead signIfGrown() {
        Optional<TreeHead> latest = heads.latest();
        long size = leaves.size();
        if (latest.isPresent() && latest.get().treeSize() >= size) {
            return latest.get();
        }
        leaves.lockForAppend();
        size = leaves.size();
        Optional<TreeHead> existing = heads.ofSize(size);
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] root = new MerkleTree(leaves, size).root();
        long now = Math.max(clock.millis(), latest.map(h -> h.timestampMillis() + 1).orElse(1L));
        byte[] signature = Ed25519.sign(key.privateKey(), TreeHead.signedBytes(size, now, root));
        TreeHead head = new TreeHead(size, now, root, signature);
        heads.insert(head, key.keyId());
        return head;
    }

    /** The latest signed head covering at least {@code treeSize} leaves, signing one now if needed. */
    @Transactional
    public TreeHead covering(long treeSize) {
        Optional<TreeHead> latest = heads.latest();
        return latest.isPresent() && latest.get().treeSize() >= treeSize ? latest.get() : signIfGrown();
    }
}
