package org.gongkai.transparency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production tree, proofs and verifiers against a separate, literal transcription of RFC 9162 §2.1 written
 * here (list slicing and recursion, nothing shared with the production code but the JDK's SHA-256).
 */
class MerkleProofsTest {

    // ---- independent reference implementation (RFC 9162 §2.1.1, §2.1.3.1, §2.1.4.1) ----

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static int largestPowerOfTwoBelow(int n) {
        int k = 1;
        while (k * 2 < n) {
            k *= 2;
        }
        return k;
    }

    static byte[] mth(List<byte[]> d) {
        int n = d.size();
        if (n == 0) {
            return sha256();
        }
        if (n == 1) {
            return sha256(new byte[]{0}, d.get(0));
        }
        int k = largestPowerOfTwoBelow(n);
        return sha256(new byte[]{1}, mth(d.subList(0, k)), mth(d.subList(k, n)));
    }

    static List<byte[]> path(int m, List<byte[]> d) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (n == 1) {
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(path(m - k, d.subList(k, n)));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    static List<byte[]> proof(int m, List<byte[]> d) {
        return subproof(m, d, true);
    }

    static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        int n = d.size();
        List<byte[]> out = new ArrayList<>();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    // ---- fixtures ----

    static List<byte[]> data(int n) {
        List<byte[]> d = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            d.add(("leaf " + i + " 公开").getBytes(StandardCharsets.UTF_8));
        }
        return d;
    }

    /** Perfect aligned subtree hashes taken from the reference MTH, as the database would hold them. */
    static NodeSource nodes(List<byte[]> d) {
        return (level, index) -> {
            int width = 1 << level;
            int start = Math.toIntExact(index * width);
            assertThat(start + width).as("node within the tree").isLessThanOrEqualTo(d.size());
            return mth(d.subList(start, start + width));
        };
    }

    static boolean same(List<byte[]> a, List<byte[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    static byte[] flip(byte[] h) {
        byte[] c = h.clone();
        c[0] ^= 1;
        return c;
    }

    // ---- tests ----

    @Test
    void emptyTreeRootIsTheHashOfNothing() {
        assertThat(new MerkleTree(nodes(List.of()), 0).root()).isEqualTo(sha256());
        assertThat(new RunningRoot().root()).isEqualTo(sha256());
    }

    @Test
    void leafAndNodeHashesHaveTheirPrefixes() {
        byte[] x = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(MerkleHash.leaf(x)).isEqualTo(sha256(new byte[]{0}, x));
        assertThat(MerkleHash.node(x, x)).isEqualTo(sha256(new byte[]{1}, x, x));
    }

    @Test
    void rootsMatchForEverySizeUpTo64() {
        for (int n = 1; n <= 64; n++) {
            List<byte[]> d = data(n);
            byte[] expected = mth(d);
            assertThat(new MerkleTree(nodes(d), n).root()).as("root of %d", n).isEqualTo(expected);
            RunningRoot running = new RunningRoot();
            d.forEach(leaf -> running.add(sha256(new byte[]{0}, leaf)));
            assertThat(running.root()).as("running root of %d", n).isEqualTo(expected);
        }
    }

    @Test
    void inclusionProofsMatchAndVerifyForEveryLeafOfEverySize() {
        for (int n = 1; n <= 64; n++) {
            List<byte[]> d = data(n);
            byte[] root = mth(d);
            MerkleTree tree = new MerkleTree(nodes(d), n);
            for (int m = 0; m < n; m++) {
                List<byte[]> expected = path(m, d);
                List<byte[]> actual = tree.inclusionProof(m);
                assertThat(same(actual, expected)).as("PATH(%d, D[%d])", m, n).isTrue();
                byte[] leaf = sha256(new byte[]{0}, d.get(m));
                assertThat(ProofVerifier.inclusion(m, n, leaf, expected, root)).as("verify %d in %d", m, n).isTrue();
                assertThat(ProofVerifier.inclusion(m, n, flip(leaf), expected, root)).isFalse();
                assertThat(ProofVerifier.inclusion(m, n, leaf, expected, flip(root))).isFalse();
                if (n > 1) {
                    assertThat(ProofVerifier.inclusion((m + 1) % n, n, leaf, expected, root)).isFalse();
                    List<byte[]> bad = new ArrayList<>(expected);
                    bad.set(0, flip(bad.get(0)));
                    assertThat(ProofVerifier.inclusion(m, n, leaf, bad, root)).isFalse();
                    assertThat(ProofVerifier.inclusion(m, n, leaf, expected.subList(0, expected.size() - 1), root)).isFalse();
                }
                List<byte[]> longer = new ArrayList<>(expected);
                longer.add(root);
                assertThat(ProofVerifier.inclusion(m, n, leaf, longer, root)).isFalse();
            }
        }
    }

    @Test
    void consistencyProofsMatchAndVerifyForEveryPairOfSizes() {
        for (int n = 1; n <= 64; n++) {
            List<byte[]> d = data(n);
            byte[] second = mth(d);
            MerkleTree tree = new MerkleTree(nodes(d), n);
            for (int m = 1; m <= n; m++) {
                byte[] first = mth(d.subList(0, m));
                List<byte[]> expected = proof(m, d);
                assertThat(same(tree.consistencyProof(m), expected)).as("PROOF(%d, D[%d])", m, n).isTrue();
                assertThat(ProofVerifier.consistency(m, n, first, second, expected)).as("verify %d→%d", m, n).isTrue();
                assertThat(ProofVerifier.consistency(m, n, flip(first), second, expected)).isFalse();
                assertThat(ProofVerifier.consistency(m, n, first, flip(second), expected)).isFalse();
                if (!expected.isEmpty()) {
                    for (int i = 0; i < expected.size(); i++) {
                        List<byte[]> bad = new ArrayList<>(expected);
                        bad.set(i, flip(bad.get(i)));
                        assertThat(ProofVerifier.consistency(m, n, first, second, bad)).as("tampered %d", i).isFalse();
                    }
                    assertThat(ProofVerifier.consistency(m, n, first, second,
                            expected.subList(0, expected.size() - 1))).isFalse();
                }
                if (m < n) {
                    // a tree that is not an extension: change one of the first m leaves
                    List<byte[]> other = new ArrayList<>(d);
                    other.set(m - 1, "forged".getBytes(StandardCharsets.UTF_8));
                    assertThat(ProofVerifier.consistency(m, n, first, mth(other), proof(m, other))).isFalse();
                }
            }
        }
    }

    @Test
    void aLargeLogAnswersWithLogarithmicallyManyNodeReads() {
        long size = 100_000;
        int[] reads = {0};
        NodeSource counting = (level, index) -> {
            reads[0]++;
            return sha256(Long.toString(level).getBytes(), Long.toString(index).getBytes()); // stand-in hashes
        };
        MerkleTree tree = new MerkleTree(counting, size);
        tree.inclusionProof(77_777);
        assertThat(reads[0]).isLessThan(100);
        reads[0] = 0;
        tree.consistencyProof(65_537);
        assertThat(reads[0]).isLessThan(100);
    }
}
