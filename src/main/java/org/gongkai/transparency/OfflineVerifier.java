package org.gongkai.transparency;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks saved log data with nothing but the files: the signatures of tree heads, the consistency of two heads,
 * and that an edition's canonical data is included in a signed head. Used by {@code transparency-verify}.
 */
public final class OfflineVerifier {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Outcome: ok or not, and the lines that say what was checked. */
    public record Result(boolean ok, List<String> lines) {
    }

    private final List<String> lines = new ArrayList<>();
    private boolean ok = true;

    private OfflineVerifier() {
    }

    public static LogJson.Head head(String json) {
        return JSON.readValue(json, LogJson.Head.class);
    }

    public static LogJson.Consistency consistencyProof(String json) {
        return JSON.readValue(json, LogJson.Consistency.class);
    }

    public static LogJson.Inclusion inclusionProof(String json) {
        return JSON.readValue(json, LogJson.Inclusion.class);
    }

    /** The older head is a prefix of the newer one, by the proof; signatures checked when a key is given. */
    public static Result consistency(LogJson.Head older, LogJson.Head newer, LogJson.Consistency proof, PublicKey key) {
        OfflineVerifier v = new OfflineVerifier();
        v.signature("older head", older, key);
        v.signature("newer head", newer, key);
        if (older.treeSize() > newer.treeSize()) {
            v.fail("the older head (%d leaves) is larger than the newer one (%d)", older.treeSize(), newer.treeSize());
            return v.result();
        }
        if (older.treeSize() != newer.treeSize()
                && (proof == null || proof.first() != older.treeSize() || proof.second() != newer.treeSize())) {
            v.fail("the proof is not between sizes %d and %d", older.treeSize(), newer.treeSize());
            return v.result();
        }
        List<byte[]> path = proof == null || older.treeSize() == newer.treeSize() ? List.of() : Hex.parse(proof.proof());
        boolean consistent = ProofVerifier.consistency(older.treeSize(), newer.treeSize(), Hex.parse(older.rootHash()),
                Hex.parse(newer.rootHash()), path);
        v.check(consistent, "tree of %d leaves is a prefix of the tree of %d leaves (RFC 9162 §2.1.4.2)",
                older.treeSize(), newer.treeSize());
        return v.result();
    }

    /**
     * Recomputes the edition's content hash from its canonical data, rebuilds its leaf, and checks the inclusion
     * proof against the signed head; {@code attachments} are SHA-256 (hex) of saved files that must be listed.
     */
    public static Result inclusion(String editionJson, LogJson.Inclusion proof, LogJson.Head head, PublicKey key,
                                   List<String> attachments) {
        OfflineVerifier v = new OfflineVerifier();
        JsonNode root = JSON.readTree(editionJson);
        LogJson.Leaf leaf = JSON.treeToValue(root.get("leaf"), LogJson.Leaf.class);
        if (leaf == null) {
            v.fail("the edition file has no leaf");
            return v.result();
        }
        byte[] content = null;
        JsonNode editionNode = root.get("edition");
        if (leaf.contentHash() != null) {
            if (editionNode == null || editionNode.isNull()) {
                v.fail("the edition file has no canonical data to recompute the content hash from");
                return v.result();
            }
            CanonicalEdition edition = CanonicalEdition.fromJson(editionNode);
            v.check(edition.version() == leaf.formatVersion(), "the canonical data is in %s, as leaf version %d says",
                    edition.format(), leaf.formatVersion());
            content = edition.sha256();
            v.check(HexFormat.of().formatHex(content).equals(leaf.contentHash()),
                    "content hash recomputed from the canonical data equals the leaf's (%s)", leaf.contentHash());
            for (String a : attachments) {
                v.check(edition.attachments().contains(a), "attachment %s is one of the edition's files", a);
            }
        }
        byte[] leafHash = leaf.toLeafData(content).leafHash();
        if (leaf.leafHash() != null) {
            v.check(MessageDigest.isEqual(leafHash, Hex.parse(leaf.leafHash())),
                    "leaf hash recomputed from the leaf fields equals the saved one (%s)", Hex.of(leafHash));
        }
        v.signature("tree head", head, key);
        v.check(proof.treeSize() == head.treeSize(), "proof and head are for the same tree size (%d)", head.treeSize());
        v.check(proof.leafIndex() == leaf.index(), "proof is for leaf %d", leaf.index());
        v.check(ProofVerifier.inclusion(proof.leafIndex(), proof.treeSize(), leafHash, Hex.parse(proof.auditPath()),
                        Hex.parse(head.rootHash())),
                "leaf %d is included in the tree of %d leaves (RFC 9162 §2.1.3.2)", leaf.index(), head.treeSize());
        return v.result();
    }

    private void signature(String what, LogJson.Head head, PublicKey key) {
        if (key == null) {
            lines.add("- " + what + ": signature not checked (no public key given)");
            return;
        }
        check(head.signature() != null && Ed25519.verify(key, head.toTreeHead()),
                "%s (%d leaves) is signed by the log's key", what, head.treeSize());
    }

    private void check(boolean passed, String format, Object... args) {
        lines.add((passed ? "ok   " : "FAIL ") + String.format(format, args));
        ok &= passed;
    }

    private void fail(String format, Object... args) {
        check(false, format, args);
    }

    private Result result() {
        return new Result(ok, List.copyOf(lines));
    }
}
