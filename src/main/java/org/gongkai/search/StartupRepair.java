package org.gongkai.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start (web application only, not operator commands), repairs the index in the background: the site answers
 * at once, search catches up within seconds.
 */
@Component
@ConditionalOnProperty(name = "gongkai.cli", havingValue = "false", matchIfMissing = true)
class StartupRepair {

    private static final Logger log = LoggerFactory.getLogger(StartupRepair.class);

    private final SearchIndexer indexer;

    StartupRepair(SearchIndexer indexer) {
        this.indexer = indexer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void repair() {
        Thread t = new Thread(() -> {
            try {
                indexer.repair();
            } catch (RuntimeException e) {
                log.error("search index repair failed; run the search-reindex command", e);
            }
        }, "search-repair");
        t.setDaemon(true);
        t.start();
    }
}
