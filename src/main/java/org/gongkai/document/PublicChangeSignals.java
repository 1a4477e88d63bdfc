package org.gongkai.document;

import org.gongkai.platform.NodeSignals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other app nodes of every public change of a document, in the publishing transaction: they hear it when
 * it commits (their page caches and local search indexes follow, ADR 0034), and not at all if it rolls back. The
 * subject is {@code organisation/document}.
 */
@Component
class PublicChangeSignals {

    static final String TOPIC = "document";

    private final NodeSignals signals;

    PublicChangeSignals(NodeSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(PublicChange change) {
        signals.send(TOPIC, change.organisationId() + "/" + change.documentId());
    }
}
