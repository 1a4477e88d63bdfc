package org.gongkai.search;

import org.gongkai.document.PublicChange;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows the public side: after commit, from the outbox, a published edition is (re)indexed, a withdrawn or
 * removed document leaves the index. Withdrawn documents keep their page but are no longer found by search.
 * <p>
 * Deliberately not {@code @ApplicationModuleListener}, which opens a transaction (and so holds a pooled connection)
 * before the method runs: {@link SearchIndexer} serialises indexing with a lock, and many listener threads each
 * holding a connection while they wait for it starved the start-up repair, which holds the lock and needs a
 * connection — the pool ran dry (seen after the demo published everything in one transaction). The outbox still
 * records and completes the publication: Spring Modulith tracks every after-commit transactional event listener.
 */
@Component
class SearchListener {

    private final SearchIndexer indexer;

    SearchListener(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @Async
    @TransactionalEventListener
    void on(PublicChange change) {
        indexer.sync(change.documentId());
    }
}
