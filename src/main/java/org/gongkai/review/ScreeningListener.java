package org.gongkai.review;

import org.gongkai.document.EditionSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the screening when an edition is submitted, synchronously in the submission's transaction: a failure refuses
 * the submission. (What a reviewer marked for redaction reaches the approval through {@link ScreeningRedactions}.)
 */
@Component
class ScreeningListener {

    private final ScreenRevision screening;

    ScreeningListener(ScreenRevision screening) {
        this.screening = screening;
    }

    @EventListener
    void submitted(EditionSubmitted e) {
        screening.screen(e.documentId(), e.editionId(), e.revisionId(), e.organisationId());
    }
}
