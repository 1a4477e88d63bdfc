package org.gongkai.search;

import org.gongkai.platform.NodeSignals;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's own Lucene index in step with publications, withdrawals and removals made through other app
 * nodes: the document module signals each one (topic {@code document}, subject {@code organisation/document}) and
 * this node syncs the document as it is now (ADR 0034). A signal missed while the listening connection was down
 * is caught up from the signals table; a node that was stopped is repaired at start. OpenSearch is one index shared
 * by every node, which the publishing node already updated: nothing to do there.
 */
@Component
class OtherNodesChanges {

    OtherNodesChanges(NodeSignals signals, SearchIndexer indexer, SearchSettings settings) {
        if (!settings.openSearch()) {
            signals.subscribe("document", subject -> indexer.sync(Long.parseLong(subject.substring(subject.indexOf('/') + 1))));
        }
    }
}
