package org.gongkai.review;

import org.gongkai.document.EditionApproving;
import org.gongkai.document.EditionSubmitted;
import org.gongkai.document.RedactEdition;
import org.gongkai.document.Replacement;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the screening when an edition is submitted, and makes the redacted revision when it is approved with findings
 * to redact. Both run synchronously in the workflow action's transaction: a failure refuses the action.
 */
@Component
class ScreeningListener {

    private final ScreenRevision screening;
    private final FindingStore store;
    private final RedactEdition redact;

    ScreeningListener(ScreenRevision screening, FindingStore store, RedactEdition redact) {
        this.screening = screening;
        this.store = store;
        this.redact = redact;
    }

    @EventListener
    void submitted(EditionSubmitted e) {
        screening.screen(e.documentId(), e.editionId(), e.revisionId(), e.organisationId());
    }

    @EventListener
    void approving(EditionApproving e) {
        List<StoredFinding> toRedact = store.ofRevision(e.editionId(), e.revisionId()).stream()
                .filter(f -> f.status() == FindingStatus.REDACT).toList();
        if (toRedact.isEmpty()) {
            return;
        }
        redact.redact(e.reviewer(), e.documentId(), replacements(toRedact), String.valueOf(toRedact.size()));
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
