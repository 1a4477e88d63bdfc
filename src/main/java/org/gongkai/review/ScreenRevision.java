package org.gongkai.review;

import org.gongkai.document.DocumentTexts;
import org.gongkai.document.ScreeningText;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Screens every piece of a revision's text (metadata, body, attachments) against the patterns and the negative list in
 * effect for the organisation, and keeps what it finds. Running it again adds only what is new. A value the reviewer
 * accepted earlier in the same edition, in the same place, is accepted again with the same reason; a value that was
 * to be redacted and is still there is a new open finding.
 */
@Component
class ScreenRevision {

    private final DocumentTexts texts;
    private final NegativeList negativeList;
    private final FindingStore store;

    ScreenRevision(DocumentTexts texts, NegativeList negativeList, FindingStore store) {
        this.texts = texts;
        this.negativeList = negativeList;
        this.store = store;
    }

    void screen(long documentId, long editionId, long revisionId, long organisationId) {
        List<NegativeTerm> terms = negativeList.termsFor(organisationId);
        Map<FindingStore.Key, FindingStore.Decision> accepted = store.acceptedIn(editionId);
        for (ScreeningText piece : texts.forScreening(revisionId)) {
            if (!piece.readable() || piece.text().isEmpty()) {
                continue;
            }
            var a = piece.attachment();
            for (Finding f : Screener.screen(piece.text(), terms)) {
                String location = piece.locationAt(f.start());
                FindingStore.Key key = new FindingStore.Key(f.kind(), f.matched(), piece.part(),
                        piece.originAttachmentId(), location);
                store.insert(documentId, editionId, revisionId, organisationId, piece.part(),
                        a == null ? null : a.id(), piece.originAttachmentId(), a == null ? null : a.kind().name(),
                        a == null ? null : a.fileName(), location, f, accepted.get(key));
            }
        }
    }
}
