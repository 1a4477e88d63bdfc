package org.gongkai.review;

import org.gongkai.document.GateBlocker;
import org.gongkai.document.PublicationGate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Holds an edition back while its revision has an open screening finding. Screens the revision again first, so a
 * publication sees what the negative list says today and what a redaction left behind.
 */
@Component
class ScreeningGate implements PublicationGate {

    private final ScreenRevision screening;
    private final FindingStore store;

    ScreeningGate(ScreenRevision screening, FindingStore store) {
        this.screening = screening;
        this.store = store;
    }

    @Override
    public List<GateBlocker> blockers(Check check) {
        screening.screen(check.documentId(), check.editionId(), check.revisionId(), check.organisationId());
        return store.ofRevision(check.editionId(), check.revisionId()).stream()
                .filter(f -> f.status() == FindingStatus.OPEN)
                .map(f -> new GateBlocker(f.kind().labelKey(), f.whereKey(), f.whereArgs()))
                .toList();
    }
}
