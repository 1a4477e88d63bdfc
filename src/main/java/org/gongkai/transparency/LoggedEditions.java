package org.gongkai.transparency;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** A document's or edition's leaf together with the edition's canonical form while it is public. */
@Service
class LoggedEditions {

    private final LeafStore leaves;
    private final PublishedDocuments published;

    LoggedEditions(LeafStore leaves, PublishedDocuments published) {
        this.leaves = leaves;
        this.published = published;
    }

    /** The PUBLISHED leaf of the document's current public edition, with its canonical form. */
    public Optional<LogJson.Edition> ofDocument(long documentId) {
        return published.find(documentId).flatMap(d -> leaves.find(d.editionId(), LeafKind.PUBLISHED)
                .map(leaf -> record(leaf, Optional.of(d))));
    }

    public Optional<LogJson.Edition> ofEdition(long editionId, LeafKind kind) {
        return leaves.find(editionId, kind).map(leaf -> record(leaf,
                published.find(leaf.documentId()).filter(d -> d.editionId() == editionId)));
    }

    private static LogJson.Edition record(StoredLeaf leaf, Optional<PublishedDocument> doc) {
        CanonicalEdition canonical = doc.map(d -> CanonicalEdition.of(d, leaf.decoded().version())).orElse(null);
        return new LogJson.Edition(LogJson.Leaf.of(leaf), canonical,
                canonical == null ? null : canonical.toJson(), canonical == null ? null : canonical.sha256Hex());
    }
}
