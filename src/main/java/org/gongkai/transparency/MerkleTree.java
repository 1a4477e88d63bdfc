package org.gongkai.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * Roots and proofs of RFC 9162 §2.1 over the first {@code size} leaves of a log. Each range the recursive
 * definition visits is either a perfect aligned subtree (read from the {@link NodeSource}) or a right edge, split
 * again; so a root or proof costs O(log n) node reads, whatever the size of the log.
 */
final class MerkleTree {

    private final NodeSource nodes;
    private final long size;

    public MerkleTree(NodeSource nodes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative tree size");
        }
        this.nodes = nodes;
        this.size = size;
    }

    public long size() {
        return size;
    }

    /** MTH(D[0:size]). */
    public byte[] root() {
        return size == 0 ? MerkleHash.emptyRoot() : hash(0, size);
    }

    /** MTH(D[start:start+n]) for n ≥ 1. */
    byte[] hash(long start, long n) {
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return nodes.node(Long.numberOfTrailingZeros(n), start / n);
        }
        long k = MerkleHash.split(n);
        return MerkleHash.node(hash(start, k), hash(start + k, n - k));
    }

    /** The audit path PATH(m, D[0:size]) of RFC 9162 §2.1.3.1, leaf-side first. */
    public List<byte[]> inclusionProof(long leafIndex) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf index " + leafIndex + " outside tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(leafIndex, 0, size, path);
        return path;
    }

    private void path(long m, long start, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = MerkleHash.split(n);
        if (m < k) {
            path(m, start, k, out);
            out.add(hash(start + k, n - k));
        } else {
            path(m - k, start + k, n - k, out);
            out.add(hash(start, k));
        }
    }

    /** The consistency proof PROOF(m, D[0:size]) of RFC 9162 §2.1.4.1, for 0 < m ≤ size. */
    public List<byte[]> consistencyProof(long m) {
        if (m < 1 || m > size) {
            throw new IllegalArgumentException("first size " + m + " not in 1.." + size);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(m, 0, size, true, proof);
        return proof;
    }

    private void subproof(long m, long start, long n, boolean complete, List<byte[]> out) {
        if (m == n) {
            if (!complete) {
                out.add(hash(start, m));
            }
            return;
        }
        long k = MerkleHash.split(n);
        if (m <= k) {
            subproof(m, start, k, complete, out);
            out.add(hash(start + k, n - k));
        } else {
            subproof(m - k, start + k, n - k, false, out);
            out.add(hash(start, k));
        }
    }
}
