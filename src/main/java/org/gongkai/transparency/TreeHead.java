package org.gongkai.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

/**
 * A signed tree head. What is signed (Ed25519, the bytes themselves, no pre-hash) is:
 * <pre>
 *   ASCII "gongkai-tree-head/1" followed by one 0x00 byte
 *   uint64 tree_size
 *   uint64 timestamp       milliseconds since 1970-01-01T00:00Z
 *   opaque root_hash[32]
 * </pre>
 */
record TreeHead(long treeSize, long timestampMillis, byte[] rootHash, byte[] signature) {

    static final byte[] CONTEXT = "gongkai-tree-head/1\0".getBytes(StandardCharsets.US_ASCII);

    public TreeHead {
        if (treeSize < 0 || rootHash == null || rootHash.length != 32) {
            throw new IllegalArgumentException("bad tree head");
        }
        rootHash = rootHash.clone();
        signature = signature == null ? null : signature.clone();
    }

    /** The bytes the signature covers. */
    public byte[] signedBytes() {
        return signedBytes(treeSize, timestampMillis, rootHash);
    }

    static byte[] signedBytes(long treeSize, long timestampMillis, byte[] rootHash) {
        return ByteBuffer.allocate(CONTEXT.length + 8 + 8 + 32).put(CONTEXT).putLong(treeSize)
                .putLong(timestampMillis).put(rootHash).array();
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    @Override
    public byte[] rootHash() {
        return rootHash.clone();
    }

    @Override
    public byte[] signature() {
        return signature == null ? null : signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreeHead h && h.treeSize == treeSize && h.timestampMillis == timestampMillis
                && Arrays.equals(h.rootHash, rootHash) && Arrays.equals(h.signature, signature);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(treeSize) * 31 + Arrays.hashCode(rootHash);
    }
}
