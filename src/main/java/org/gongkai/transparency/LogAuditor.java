package org.gongkai.transparency;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * Recomputes the whole log from the database: every leaf hash from its data, the data against its columns, the
 * content hash of every PUBLISHED leaf whose edition is still public from that edition's current content, every
 * signed head's root and signature, and the stored subtree hashes. Stops at the first mismatch.
 */
@Service
class LogAuditor {

    /** {@code firstBad} is the leaf index (or tree size, for a head) of the first mismatch, -1 when intact. */
    public record Result(boolean intact, long leaves, long contentChecked, long headsChecked, long firstBad,
                         String problem) {
    }

    private final LeafStore leaves;
    private final TreeHeads heads;
    private final SigningKey key;
    private final PublishedDocuments published;

    LogAuditor(LeafStore leaves, TreeHeads heads, SigningKey key, PublishedDocuments published) {
        this.leaves = leaves;
        this.heads = heads;
        this.key = key;
        this.published = published;
    }

    public long size() {
        return leaves.size();
    }

    public Result audit(LongConsumer progress) {
        long size = leaves.size();
        List<TreeHead> signed = heads.all();
        Walk walk = new Walk(signed.iterator());
        if (!walk.checkHeadsAt(0)) {
            return walk.result();
        }
        leaves.each(size, leaf -> {
            if (walk.problem == null) {
                walk.leaf(leaf);
                progress.accept(walk.root.size());
            }
        });
        if (walk.problem == null && walk.root.size() != size) {
            walk.fail(walk.root.size(), "leaf %d is missing", walk.root.size());
        }
        if (walk.problem == null && !MessageDigest.isEqual(walk.root.root(), new MerkleTree(leaves, size).root())) {
            walk.fail(size, "the stored subtree hashes do not give the recomputed root of %d leaves", size);
        }
        if (walk.problem == null && walk.pending != null) {
            walk.fail(walk.pending.treeSize(), "a head signs %d leaves but the log has only %d",
                    walk.pending.treeSize(), size);
        }
        return walk.result();
    }

    private final class Walk {
        final RunningRoot root = new RunningRoot();
        final Iterator<TreeHead> signed;
        TreeHead pending;
        long contentChecked;
        long headsChecked;
        long firstBad = -1;
        String problem;

        Walk(Iterator<TreeHead> signed) {
            this.signed = signed;
            this.pending = signed.hasNext() ? signed.next() : null;
        }

        void leaf(StoredLeaf leaf) {
            long index = root.size();
            if (leaf.index() != index) {
                fail(index, "leaf %d is missing (next stored is %d)", index, leaf.index());
                return;
            }
            if (!MessageDigest.isEqual(MerkleHash.leaf(leaf.leafData()), leaf.leafHash())) {
                fail(index, "leaf %d: stored hash is not the hash of its data", index);
                return;
            }
            LeafData data;
            try {
                data = leaf.decoded();
            } catch (IllegalArgumentException e) {
                fail(index, "leaf %d: data cannot be decoded: %s", index, e.getMessage());
                return;
            }
            if (data.kind() != leaf.kind() || data.documentId() != leaf.documentId()
                    || data.editionId() != leaf.editionId()) {
                fail(index, "leaf %d: columns disagree with its data", index);
                return;
            }
            if (data.kind() == LeafKind.PUBLISHED && data.contentHash() != null) {
                Optional<PublishedDocument> doc = published.find(data.documentId())
                        .filter(d -> d.editionId() == data.editionId());
                if (doc.isPresent()) {
                    contentChecked++;
                    byte[] now = CanonicalEdition.of(doc.get(), data.version()).sha256();
                    if (!Arrays.equals(now, data.contentHash())) {
                        fail(index, "leaf %d: edition %d of document %d has changed since it was published"
                                        + " (logged content %s, now %s)", index, data.editionId(), data.documentId(),
                                data.contentHashHex(), Hex.of(now));
                        return;
                    }
                }
            }
            root.add(leaf.leafHash());
            checkHeadsAt(root.size());
        }

        boolean checkHeadsAt(long treeSize) {
            while (problem == null && pending != null && pending.treeSize() == treeSize) {
                headsChecked++;
                if (!MessageDigest.isEqual(root.root(), pending.rootHash())) {
                    fail(treeSize, "signed head of %d leaves has root %s, recomputed %s", treeSize,
                            Hex.of(pending.rootHash()), Hex.of(root.root()));
                } else if (!Ed25519.verify(key.publicKey(), pending)) {
                    fail(treeSize, "signed head of %d leaves: signature does not verify with the log's key", treeSize);
                }
                pending = signed.hasNext() ? signed.next() : null;
            }
            return problem == null;
        }

        void fail(long at, String format, Object... args) {
            if (problem == null) {
                firstBad = at;
                problem = String.format(format, args);
            }
        }

        Result result() {
            return new Result(problem == null, root.size(), contentChecked, headsChecked, firstBad, problem);
        }
    }
}
