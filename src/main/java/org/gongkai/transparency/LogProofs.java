package org.gongkai.transparency;

import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

/** Answers for the public API and pages: leaves, inclusion and consistency proofs, with sizes checked. */
@Service
class LogProofs {

    private final LeafStore leaves;
    private final TreeHeads heads;
    private final TreeHeadSigner signer;

    LogProofs(LeafStore leaves, TreeHeads heads, TreeHeadSigner signer) {
        this.leaves = leaves;
        this.heads = heads;
        this.signer = signer;
    }

    public StoredLeaf leaf(long index) {
        return leaves.at(index).orElseThrow(() -> new NotFoundException("leaf", index));
    }

    public StoredLeaf leaf(long editionId, LeafKind kind) {
        return leaves.find(editionId, kind).orElseThrow(() -> new NotFoundException("edition", editionId));
    }

    /**
     * The audit path of a leaf in the tree of {@code treeSize} leaves; without a size, in the latest signed tree
     * head (one is signed now when none covers the leaf yet).
     */
    public LogJson.Inclusion inclusion(long leafIndex, Long treeSize) {
        StoredLeaf leaf = leaf(leafIndex);
        long size;
        LogJson.Head head;
        if (treeSize == null) {
            TreeHead signed = signer.covering(leaf.index() + 1);
            size = signed.treeSize();
            head = LogJson.Head.of(signed);
        } else {
            size = checkedSize("treeSize", treeSize);
            if (leafIndex >= size) {
                throw InvalidInputException.of("treeSize", "transparency.error.leafOutside");
            }
            head = heads.ofSize(size).map(LogJson.Head::of).orElse(null);
        }
        MerkleTree tree = new MerkleTree(leaves, size);
        return new LogJson.Inclusion(leafIndex, size, Hex.of(leaf.leafHash()), Hex.of(tree.inclusionProof(leafIndex)),
                Hex.of(tree.root()), head);
    }

    public LogJson.Consistency consistency(long first, long second) {
        long n = checkedSize("second", second);
        if (first < 1 || first > n) {
            throw InvalidInputException.of("first", "transparency.error.first");
        }
        MerkleTree tree = new MerkleTree(leaves, n);
        return new LogJson.Consistency(first, n, Hex.of(new MerkleTree(leaves, first).root()), Hex.of(tree.root()),
                Hex.of(tree.consistencyProof(first)));
    }

    /** Root of the tree of {@code treeSize} leaves. */
    public byte[] root(long treeSize) {
        return new MerkleTree(leaves, checkedSize("treeSize", treeSize)).root();
    }

    private long checkedSize(String field, long treeSize) {
        if (treeSize < 1 || treeSize > leaves.size()) {
            throw InvalidInputException.of(field, "transparency.error.treeSize");
        }
        return treeSize;
    }
}
