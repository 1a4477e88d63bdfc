package org.gongkai.transparency;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the logged edition a saved page of ours names — by the leaf hash on its transparency badge first, then by
 * its verify link's document, then by its 索引号 — and proves the leaf's inclusion in a signed tree head.
 */
@Service
public class EditionEvidences {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    private final LeafStore leaves;
    private final LogProofs proofs;
    private final SigningKey key;
    private final PublishedDocuments published;

    EditionEvidences(LeafStore leaves, LogProofs proofs, SigningKey key, PublishedDocuments published) {
        this.leaves = leaves;
        this.proofs = proofs;
        this.key = key;
        this.published = published;
    }

    public Optional<EditionEvidence> find(String leafHash, Long documentId, String indexNumber) {
        Optional<StoredLeaf> leaf = Optional.empty();
        String by = null;
        if (leafHash != null && HEX64.matcher(leafHash).matches()) {
            leaf = leaves.byLeafHash(Hex.parse(leafHash)).filter(l -> l.kind() == LeafKind.PUBLISHED);
            by = "LEAF_HASH";
        }
        if (leaf.isEmpty() && documentId != null) {
            leaf = published.find(documentId).flatMap(d -> leaves.find(d.editionId(), LeafKind.PUBLISHED));
            by = "DOCUMENT";
        }
        if (leaf.isEmpty() && indexNumber != null && !indexNumber.isBlank()) {
            leaf = leaves.latestPublishedByIndexNumber(indexNumber.strip());
            by = "INDEX_NUMBER";
        }
        String matchedBy = by;
        return leaf.map(l -> evidence(l, matchedBy));
    }

    /**
     * The SHA-256 of the canonical edition a PUBLISHED leaf commits to (hex), for a copy elsewhere that names this
     * log's leaf and the content hash it holds (a verified re-post on another instance); empty when the leaf is not
     * this log's or carries no content hash.
     */
    public Optional<String> contentHashOf(String leafHash) {
        if (leafHash == null || !HEX64.matcher(leafHash).matches()) {
            return Optional.empty();
        }
        return leaves.byLeafHash(Hex.parse(leafHash)).filter(l -> l.kind() == LeafKind.PUBLISHED)
                .map(l -> l.decoded().contentHash()).filter(java.util.Objects::nonNull).map(Hex::of);
    }

    private EditionEvidence evidence(StoredLeaf leaf, String matchedBy) {
        LeafData data = leaf.decoded();
        List<StoredLeaf> history = leaves.ofDocument(leaf.documentId()).stream()
                .filter(l -> l.kind() == LeafKind.PUBLISHED).toList();
        int number = 1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).index() == leaf.index()) {
                number = i + 1;
            }
        }
        Optional<PublishedDocument> doc = published.find(leaf.documentId());
        boolean current = doc.map(d -> d.editionId() == leaf.editionId() && !d.withdrawn()).orElse(false);
        if (current) {
            number = doc.get().editionNumber();
        }
        LogJson.Inclusion proof = proofs.inclusion(leaf.index(), null);
        LogJson.Head head = proof.treeHead();
        boolean verified = ProofVerifier.inclusion(proof.leafIndex(), proof.treeSize(), leaf.leafHash(),
                Hex.parse(proof.auditPath()), Hex.parse(head.rootHash()))
                && Ed25519.verify(key.publicKey(), head.toTreeHead());
        return new EditionEvidence(leaf.documentId(), leaf.editionId(), number, data.indexNumber(), data.timestamp(),
                leaf.index(), Hex.of(leaf.leafHash()), proof.treeSize(), head.rootHash(), proof.auditPath().size(),
                verified, current, matchedBy);
    }
}
