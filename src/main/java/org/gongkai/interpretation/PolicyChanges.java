package org.gongkai.interpretation;

import org.gongkai.document.PublicChange;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * When a policy gets a new edition or is withdrawn or removed, the pages of its interpretations change (they say
 * the text explained is no longer current); when an interpretation is published or withdrawn, the policy's page,
 * its JSON-LD and the interpretation column change. Whether a link shows, and how, is decided when the page is read;
 * this only tells the portal which sites to refresh ({@link SiteContentChanged}: interpretations change rarely, so
 * the whole site of each side is dropped from the cache).
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
        Set<Long> sites = new LinkedHashSet<>();
        for (Interpretation l : store.touching(change.documentId())) {
            sites.add(l.organisationId());
            sites.add(l.policyOrganisationId());
        }
        sites.forEach(org -> events.publishEvent(new SiteContentChanged(org)));
    }
}
