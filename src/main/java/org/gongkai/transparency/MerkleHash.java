package org.gongkai.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** RFC 9162 §2.1.1 hashing: leaves are SHA-256(0x00 || data), interior nodes SHA-256(0x01 || left || right). */
final class MerkleHash {

    public static final int SIZE = 32;

    private MerkleHash() {
    }

    /** MTH of the empty list: the hash of the empty string. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leaf(byte[] data) {
        MessageDigest md = sha256();
        md.update((byte) 0x00);
        md.update(data);
        return md.digest();
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest md = sha256();
        md.update((byte) 0x01);
        md.update(left);
        md.update(right);
        return md.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** The largest power of two smaller than n (n ≥ 2): the split point k of RFC 9162 §2.1.1. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }
}
