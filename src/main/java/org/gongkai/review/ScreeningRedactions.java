package org.gongkai.review;

import org.gongkai.document.ApprovalRedactions;
import org.gongkai.document.EditionUnderReview;
import org.gongkai.document.Replacement;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Supplies the approval with the values of the findings a reviewer marked "redact", each with its mask. */
@Component
class ScreeningRedactions implements ApprovalRedactions {

    private final FindingStore store;

    ScreeningRedactions(FindingStore store) {
        this.store = store;
    }

    @Override
    public Redaction forApproval(EditionUnderReview edition) {
        List<StoredFinding> toRedact = store.ofRevision(edition.editionId(), edition.revisionId()).stream()
                .filter(f -> f.status() == FindingStatus.REDACT).toList();
        return new Redaction(replacements(toRedact), String.valueOf(toRedact.size()));
    }

    /** Each value and its mask; a list of people is masked through the personal numbers inside it. */
    static List<Replacement> replacements(List<StoredFinding> findings) {
        Set<Replacement> out = new LinkedHashSet<>();
        for (StoredFinding f : findings) {
            if (f.kind() == FindingKind.PERSON_LIST) {
                for (Finding inner : Screener.screen(f.matched())) {
                    if (inner.kind().isPersonalNumber()) {
                        out.add(new Replacement(inner.matched(), Masking.mask(inner)));
                    }
                }
            } else {
                out.add(new Replacement(f.matched(), Masking.mask(f.kind(), f.matched())));
            }
        }
        return List.copyOf(out);
    }
}
