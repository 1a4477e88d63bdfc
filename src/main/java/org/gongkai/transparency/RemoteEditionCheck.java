package org.gongkai.transparency;

import org.gongkai.document.DocumentField;
import tools.jackson.databind.JsonNode;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks what another Gongkai instance answers at {@code /api/v1/public/transparency/documents/{id}/latest}
 * against the public key its operator pinned (by key id): the key is the pinned one, the leaf is for the document
 * asked about, the content hash recomputed from the canonical edition equals the leaf's, the leaf hash recomputed
 * from its fields equals the proof's, the inclusion proof leads to the root of a tree head, and that head is signed
 * by the key. Nothing of the answer is trusted before all of this holds (ADR 0041).
 */
public final class RemoteEditionCheck {

    /** Why an answer was refused; message key {@code remote.failure.<NAME>}. */
    public enum Failure {
        MALFORMED, WRONG_KEY, WRONG_DOCUMENT, NO_EDITION, CONTENT_HASH, LEAF_HASH, PROOF, SIGNATURE
    }

    /** An answer that did not verify. */
    public static final class Refused extends Exception {
        private final Failure failure;

        Refused(Failure failure, String detail) {
            super(detail);
            this.failure = failure;
        }

        public Failure failure() {
            return failure;
        }
    }

    /**
     * A verified leaf. For a PUBLISHED leaf the edition's members are set (canonical texts, dates yyyy-MM-dd) and
     * {@code canonicalJson} is the exact canonical form whose SHA-256 is {@code contentHash}; else they are null.
     */
    public record Verified(String kind, long documentId, long editionId, long leafIndex, String leafHash,
                           String contentHash, long treeSize, String rootHash, Instant headSignedAt, Instant loggedAt,
                           List<String> auditPath, String canonicalJson, String title, String documentNumber,
                           String issuer, String writtenDate, String publishDate, String theme, String opennessClass,
                           String validity, String keywords, String summary, String body) {

        public boolean published() {
            return "PUBLISHED".equals(kind);
        }
    }

    private RemoteEditionCheck() {
    }

    /** The key id (hex SHA-256 of the DER encoding) of a PEM public key; refused when it is not an Ed25519 key. */
    public static String keyId(String pem) throws Refused {
        try {
            return Hex.of(MerkleHash.sha256().digest(Ed25519.publicKey(pem).getEncoded()));
        } catch (RuntimeException e) {
            throw new Refused(Failure.WRONG_KEY, "not an Ed25519 public key");
        }
    }

    /** True when the canonical JSON's SHA-256 is the content hash (a stored re-post checks itself with this). */
    public static boolean matches(String canonicalJson, String contentHashHex) {
        byte[] h = MerkleHash.sha256().digest(canonicalJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(h).equals(contentHashHex);
    }

    public static Verified verify(String json, String publicKeyPem, String pinnedKeyId, long documentId)
            throws Refused {
        if (!keyId(publicKeyPem).equals(pinnedKeyId)) {
            throw new Refused(Failure.WRONG_KEY, "the source's public key is not the approved one");
        }
        PublicKey key = Ed25519.publicKey(publicKeyPem);
        LogJson.Leaf leaf;
        LogJson.Inclusion proof;
        JsonNode editionNode;
        try {
            JsonNode root = OfflineVerifier.JSON.readTree(json);
            leaf = OfflineVerifier.JSON.treeToValue(root.get("leaf"), LogJson.Leaf.class);
            proof = OfflineVerifier.JSON.treeToValue(root.get("inclusion"), LogJson.Inclusion.class);
            editionNode = root.get("edition");
            if (leaf == null || proof == null || proof.treeHead() == null || proof.auditPath() == null
                    || leaf.kind() == null) {
                throw new IllegalArgumentException("leaf, inclusion proof or tree head missing");
            }
        } catch (RuntimeException e) {
            throw new Refused(Failure.MALFORMED, "not a document proof: " + shortly(e));
        }
        if (leaf.documentId() != documentId) {
            throw new Refused(Failure.WRONG_DOCUMENT, "the leaf is for document " + leaf.documentId());
        }
        try {
            CanonicalEdition edition = null;
            byte[] content = null;
            if (LeafKind.valueOf(leaf.kind()) == LeafKind.PUBLISHED) {
                if (editionNode == null || editionNode.isNull()) {
                    throw new Refused(Failure.NO_EDITION, "the published leaf comes without its edition");
                }
                edition = CanonicalEdition.fromJson(editionNode);
                content = edition.sha256();
                if (edition.version() != leaf.formatVersion()
                        || !HexFormat.of().formatHex(content).equals(leaf.contentHash())) {
                    throw new Refused(Failure.CONTENT_HASH,
                            "the edition's SHA-256 is " + HexFormat.of().formatHex(content) + ", the leaf says "
                                    + leaf.contentHash());
                }
            }
            byte[] leafHash = leaf.toLeafData(content).leafHash();
            if (!MessageDigest.isEqual(leafHash, Hex.parse(proof.leafHash()))
                    || (leaf.leafHash() != null && !MessageDigest.isEqual(leafHash, Hex.parse(leaf.leafHash())))) {
                throw new Refused(Failure.LEAF_HASH, "the leaf hash recomputed from its fields is " + Hex.of(leafHash));
            }
            LogJson.Head head = proof.treeHead();
            if (proof.treeSize() != head.treeSize() || proof.leafIndex() != leaf.index()
                    || !ProofVerifier.inclusion(proof.leafIndex(), proof.treeSize(), leafHash,
                    Hex.parse(proof.auditPath()), Hex.parse(head.rootHash()))) {
                throw new Refused(Failure.PROOF, "the inclusion proof of leaf " + leaf.index()
                        + " does not lead to the root of the tree of " + head.treeSize() + " leaves");
            }
            if (head.signature() == null || !Ed25519.verify(key, head.toTreeHead())) {
                throw new Refused(Failure.SIGNATURE, "the tree head of " + head.treeSize()
                        + " leaves is not signed by the approved key");
            }
            return new Verified(leaf.kind(), leaf.documentId(), leaf.editionId(), leaf.index(), Hex.of(leafHash),
                    content == null ? null : Hex.of(content), head.treeSize(), head.rootHash(),
                    Instant.ofEpochMilli(head.timestamp()), Instant.ofEpochMilli(leaf.timestamp()),
                    List.copyOf(proof.auditPath()), edition == null ? null : edition.toJson(),
                    member(edition, DocumentField.TITLE), member(edition, DocumentField.DOCUMENT_NUMBER),
                    member(edition, DocumentField.ISSUER), member(edition, DocumentField.WRITTEN_DATE),
                    member(edition, DocumentField.PUBLISH_DATE), member(edition, DocumentField.THEME),
                    member(edition, DocumentField.OPENNESS_CLASS), member(edition, DocumentField.VALIDITY),
                    member(edition, DocumentField.KEYWORDS), member(edition, DocumentField.SUMMARY),
                    edition == null ? null : edition.body());
        } catch (RuntimeException e) {
            throw new Refused(Failure.MALFORMED, "not a document proof: " + shortly(e));
        }
    }

    private static String member(CanonicalEdition e, DocumentField f) {
        return e == null ? null : e.member(f);
    }

    private static String shortly(RuntimeException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
