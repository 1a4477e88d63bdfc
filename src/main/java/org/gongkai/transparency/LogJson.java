package org.gongkai.transparency;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the public transparency API (hashes, signatures and leaf data in lower-case hex). */
final class LogJson {

    private LogJson() {
    }

    public record Head(long treeSize, long timestamp, Instant time, String rootHash, String signature,
                       String algorithm) {
        public static Head of(TreeHead h) {
            return new Head(h.treeSize(), h.timestampMillis(), h.timestamp(), Hex.of(h.rootHash()),
                    Hex.of(h.signature()), "Ed25519");
        }

        public TreeHead toTreeHead() {
            return new TreeHead(treeSize, timestamp, Hex.parse(rootHash),
                    signature == null ? null : Hex.parse(signature));
        }
    }

    public record Leaf(long index, String kind, long documentId, long editionId, String indexNumber, long timestamp,
                       Instant time, String contentHash, String leafData, String leafHash, Integer version) {
        public static Leaf of(StoredLeaf s) {
            LeafData d = s.decoded();
            return new Leaf(s.index(), d.kind().name(), d.documentId(), d.editionId(),
                    d.indexNumber().isEmpty() ? null : d.indexNumber(), d.timestampMillis(), d.timestamp(),
                    d.contentHashHex(), Hex.of(s.leafData()), Hex.of(s.leafHash()), d.version());
        }

        /**
         * The leaf's version: the one given, else the first byte of its data, else 1 (files saved before leaves
         * had versions).
         */
        public int formatVersion() {
            if (version != null) {
                return version;
            }
            if (leafData != null && leafData.length() >= 2) {
                return Integer.parseInt(leafData.substring(0, 2), 16);
            }
            return 1;
        }

        /** The leaf these fields describe, with the given content hash (recomputed by a verifier). */
        public LeafData toLeafData(byte[] contentHash) {
            return new LeafData(formatVersion(), LeafKind.valueOf(kind), documentId, editionId, indexNumber, timestamp,
                    contentHash);
        }
    }

    public record Inclusion(long leafIndex, long treeSize, String leafHash, List<String> auditPath, String rootHash,
                            Head treeHead) {
    }

    public record Consistency(long first, long second, String firstRootHash, String secondRootHash,
                              List<String> proof) {
    }

    public record PublicKey(String algorithm, String keyId, String pem) {
    }

    /** A logged edition: its leaf and, while the edition is public, its canonical form and that form's hash. */
    public record Edition(Leaf leaf, CanonicalEdition edition, String canonicalJson, String canonicalSha256) {
    }
}
