package org.gongkai.interpretation;

import org.gongkai.document.PublicChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a policy gets a new edition or is withdrawn or removed, the pages of its interpretations change (they say
 * the text explained is no longer current); when an interpretation is published or withdrawn, the policy's page and
 * the interpretation column change. Whether a link shows, and how, is decided when the page is read; this only tells
 * the portal which pages to refresh.
 */
@Component
class PolicyChanges {

    private final InterpretationStore store;
    private final ApplicationEventPublisher events;

    PolicyChanges(InterpretationStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        boolean siteChanged = false;
        for (Interpretation l : store.touching(change.documentId())) {
            if (l.documentId() == change.documentId()) {
                events.publishEvent(new InterpretationChanged(l.policyOrganisationId(), l.policyDocumentId()));
                siteChanged = true;
            } else {
                events.publishEvent(new InterpretationChanged(l.organisationId(), l.documentId()));
            }
        }
        if (siteChanged) {
            events.publishEvent(new InterpretationChanged(change.organisationId(), null));
        }
    }
}
