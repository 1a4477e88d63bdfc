package org.gongkai.search;

import org.gongkai.document.PublicChange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the public side: after commit, from the outbox, a published edition is (re)indexed, a withdrawn or
 * removed document leaves the index. Withdrawn documents keep their page but are no longer found by search.
 */
@Component
class SearchListener {

    private final SearchIndexer indexer;

    SearchListener(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        indexer.sync(change.documentId());
    }
}
