package org.gongkai.transparency;

import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/**
 * What a document page shows of the transparency log: the leaf hash of the document's current public edition
 * and where to verify it. Empty while the edition is not (yet) logged — the log appends after commit.
 */
@Service("transparencyBadge")
public class TransparencyBadge {

    private final LoggedEditions editions;

    TransparencyBadge(LoggedEditions editions) {
        this.editions = editions;
    }

    public Optional<Badge> forDocument(long documentId) {
        return editions.ofDocument(documentId).map(e -> new Badge(e.leaf().index(), e.leaf().leafHash(),
                UriComponentsBuilder.fromPath("/transparency/verify").queryParam("document", documentId)
                        .build().toUriString()));
    }

    /** The badge, or null when there is none: for templates. */
    public Badge orNull(long documentId) {
        return forDocument(documentId).orElse(null);
    }

    /** Leaf index and hash (lower-case hex) of the edition's PUBLISHED leaf, and the verify page's path. */
    public record Badge(long leafIndex, String leafHash, String verifyUrl) {
    }
}
