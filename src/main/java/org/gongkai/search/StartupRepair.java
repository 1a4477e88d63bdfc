package org.gongkai.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start (web application only, not operator commands), repairs the index in the background: the site answers
 * at once, search catches up within seconds. Whether this is an operator command ({@code gongkai.cli}) is decided
 * when it runs, not by a condition: Spring AOT fixes {@code @Conditional} decisions at build time (ADR 0035).
 */
@Component
class StartupRepair {

    private static final Logger log = LoggerFactory.getLogger(StartupRepair.class);

    private final SearchIndexer indexer;
    private final boolean operatorCommand;

    StartupRepair(SearchIndexer indexer, @Value("${gongkai.cli:false}") boolean operatorCommand) {
        this.indexer = indexer;
        this.operatorCommand = operatorCommand;
    }

    @EventListener(ApplicationReadyEvent.class)
    void repair() {
        if (operatorCommand) {
            return;
        }
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
