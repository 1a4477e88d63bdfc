package org.gongkai.review;

import org.gongkai.document.DocumentTexts;
import org.gongkai.document.ScreeningText;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
        // values already found in a file's structured text: its package sweep reports only what is new
        Set<String> seen = new HashSet<>();
        Set<String> sweepSeen = new HashSet<>();
        for (ScreeningText piece : texts.forScreening(revisionId)) {
            var a = piece.attachment();
            for (ScreeningText.Unscreened u : piece.unscreened()) {
                Finding f = notScreened(u);
                String location = clip(u.location());
                FindingStore.Key key = new FindingStore.Key(f.kind(), f.matched(), piece.part(),
                        piece.originAttachmentId(), location);
                store.insert(documentId, editionId, revisionId, organisationId, piece.part(), a.id(),
                        piece.originAttachmentId(), a.kind().name(), a.fileName(), location, f, accepted.get(key));
            }
            if (!piece.readable() || piece.text().isEmpty()) {
                continue;
            }
            for (Finding f : Screener.screen(piece.text(), terms)) {
                String location = clip(piece.locationAt(f.start()));
                String value = (a == null ? "" : a.id()) + "|" + f.kind() + "|" + f.matched();
                if (piece.supplementary()) {
                    if (seen.contains(value) || !sweepSeen.add(value + "|" + location)) {
                        continue;
                    }
                } else {
                    seen.add(value);
                }
                FindingStore.Key key = new FindingStore.Key(f.kind(), f.matched(), piece.part(),
                        piece.originAttachmentId(), location);
                store.insert(documentId, editionId, revisionId, organisationId, piece.part(),
                        a == null ? null : a.id(), piece.originAttachmentId(), a == null ? null : a.kind().name(),
                        a == null ? null : a.fileName(), location, f, accepted.get(key));
            }
        }
    }

    private static String clip(String location) {
        return location.length() > 120 ? location.substring(0, 120) : location;
    }

    /** A part of a file the screening could not read, as a finding that holds the edition until a reviewer confirms. */
    static Finding notScreened(ScreeningText.Unscreened u) {
        String what = u.reason() + " (" + u.location() + ")";
        return new Finding(FindingKind.NOT_SCREENED, 0, 0, what, what, 1.0, what);
    }
}
