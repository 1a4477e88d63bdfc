package org.gongkai.transparency;

import org.gongkai.document.PublishedDocuments;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * A document's latest leaf with everything needed to check it without trusting this site: the canonical form of
 * its edition (while public), an inclusion proof and the signed tree head it is for. Another Gongkai instance that
 * re-posts the document polls this (ADR 0041); {@link RemoteEditionCheck} verifies the answer.
 */
@RestController
class DocumentProofApi {

    /** The shape of the answer: the leaf, the canonical edition (null unless PUBLISHED and public) and the proof. */
    record DocumentProof(LogJson.Leaf leaf, CanonicalEdition edition, LogJson.Inclusion inclusion) {
    }

    private final LeafStore leaves;
    private final LogProofs proofs;
    private final PublishedDocuments published;

    DocumentProofApi(LeafStore leaves, LogProofs proofs, PublishedDocuments published) {
        this.leaves = leaves;
        this.proofs = proofs;
        this.published = published;
    }

    @GetMapping("/api/v1/public/transparency/documents/{documentId}/latest")
    DocumentProof latest(@PathVariable long documentId) {
        List<StoredLeaf> all = leaves.ofDocument(documentId);
        if (all.isEmpty()) {
            throw new NotFoundException("document", documentId);
        }
        StoredLeaf leaf = all.get(all.size() - 1);
        CanonicalEdition edition = leaf.kind() != LeafKind.PUBLISHED ? null : published.find(documentId)
                .filter(d -> d.editionId() == leaf.editionId())
                .map(d -> CanonicalEdition.of(d, leaf.decoded().version())).orElse(null);
        return new DocumentProof(LogJson.Leaf.of(leaf), edition, proofs.inclusion(leaf.index(), null));
    }
}
