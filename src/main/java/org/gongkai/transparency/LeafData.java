package org.gongkai.transparency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * One leaf of the transparency log, and its one byte encoding (big-endian, as in RFC 9162's TLS notation):
 * <pre>
 *   uint8  version         1 or 2: the format of the canonical form the content hash was taken of
 *                          ({@code gongkai-edition/1} or {@code gongkai-edition/2}); the layout is the same
 *   uint8  kind            1 PUBLISHED, 2 WITHDRAWN, 3 REMOVED, 4 COMMITMENT (ADR 0045: document_id 0, edition_id
 *                          the commitment's number, index_number its subject, content_sha256 the statement's hash)
 *   uint64 document_id
 *   uint64 edition_id
 *   opaque index_number&lt;0..2^16-1&gt;   UTF-8 of the 索引号, empty when unknown
 *   uint64 timestamp       milliseconds since 1970-01-01T00:00Z when the log appended the leaf
 *   uint8  has_content     1 when content_sha256 follows (PUBLISHED leaves whose edition could be read), else 0
 *   opaque content_sha256[32]   SHA-256 of the edition's canonical form ({@link CanonicalEdition})
 * </pre>
 * The leaf hash is {@link MerkleHash#leaf} of these bytes.
 */
record LeafData(int version, LeafKind kind, long documentId, long editionId, String indexNumber,
                       long timestampMillis, byte[] contentHash) {

    /** The version new leaves are written with: their content hash is of {@code gongkai-edition/2}. */
    public static final int VERSION = CanonicalEdition.CURRENT_VERSION;

    /** A leaf of the current version. */
    public LeafData(LeafKind kind, long documentId, long editionId, String indexNumber, long timestampMillis,
                    byte[] contentHash) {
        this(VERSION, kind, documentId, editionId, indexNumber, timestampMillis, contentHash);
    }

    public LeafData {
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("unknown leaf version " + version);
        }
        indexNumber = indexNumber == null ? "" : indexNumber;
        if (contentHash != null && contentHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("content hash must be 32 bytes");
        }
        if (contentHash != null && kind != LeafKind.PUBLISHED && kind != LeafKind.COMMITMENT) {
            throw new IllegalArgumentException("only a PUBLISHED or COMMITMENT leaf carries a content hash");
        }
        if (contentHash == null && kind == LeafKind.COMMITMENT) {
            throw new IllegalArgumentException("a COMMITMENT leaf carries the hash of its statement");
        }
        if (indexNumber.getBytes(StandardCharsets.UTF_8).length > 0xFFFF) {
            throw new IllegalArgumentException("index number too long");
        }
        contentHash = contentHash == null ? null : contentHash.clone();
    }

    public byte[] encode() {
        byte[] index = indexNumber.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(1 + 1 + 8 + 8 + 2 + index.length + 8 + 1 + (contentHash == null ? 0 : 32));
        b.put((byte) version).put((byte) kind.code).putLong(documentId).putLong(editionId)
                .putShort((short) index.length).put(index).putLong(timestampMillis)
                .put((byte) (contentHash == null ? 0 : 1));
        if (contentHash != null) {
            b.put(contentHash);
        }
        return b.array();
    }

    public byte[] leafHash() {
        return MerkleHash.leaf(encode());
    }

    /** Strict decoding: a wrong version, kind, flag or any trailing byte is refused. */
    public static LeafData decode(byte[] data) {
        try {
            ByteBuffer b = ByteBuffer.wrap(data);
            int version = b.get() & 0xFF;
            if (version < 1 || version > VERSION) {
                throw new IllegalArgumentException("unknown leaf version " + version);
            }
            LeafKind kind = LeafKind.ofCode(b.get() & 0xFF);
            long documentId = b.getLong();
            long editionId = b.getLong();
            byte[] index = new byte[b.getShort() & 0xFFFF];
            b.get(index);
            long timestamp = b.getLong();
            int has = b.get() & 0xFF;
            byte[] content = null;
            if (has == 1) {
                content = new byte[32];
                b.get(content);
            } else if (has != 0) {
                throw new IllegalArgumentException("bad content flag " + has);
            }
            if (b.hasRemaining()) {
                throw new IllegalArgumentException("trailing bytes in leaf data");
            }
            LeafData leaf = new LeafData(version, kind, documentId, editionId, new String(index, StandardCharsets.UTF_8),
                    timestamp, content);
            if (!Arrays.equals(leaf.encode(), data)) {
                throw new IllegalArgumentException("leaf data is not in canonical form");
            }
            return leaf;
        } catch (java.nio.BufferUnderflowException e) {
            throw new IllegalArgumentException("truncated leaf data", e);
        }
    }

    public Instant timestamp() {
        return Instant.ofEpochMilli(timestampMillis);
    }

    public String contentHashHex() {
        return contentHash == null ? null : HexFormat.of().formatHex(contentHash);
    }

    @Override
    public byte[] contentHash() {
        return contentHash == null ? null : contentHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LeafData l && Arrays.equals(encode(), l.encode());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    @Override
    public String toString() {
        return "LeafData[v" + version + ", " + kind + ", document " + documentId + ", edition " + editionId + ", " + indexNumber
                + ", " + timestamp() + ", content " + contentHashHex() + "]";
    }
}
