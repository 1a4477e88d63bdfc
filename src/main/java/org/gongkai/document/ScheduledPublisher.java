package org.gongkai.document;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Publishes scheduled editions when their time comes. Schedules live in the database, so they survive a restart;
 * the job runs under a database lock (ShedLock) and each publication re-checks the status under the document's row
 * lock, so two nodes never publish the same edition twice.
 */
@Component
class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);

    private final DocumentStore store;
    private final PublishEdition publisher;
    private final Clock clock;

    ScheduledPublisher(DocumentStore store, PublishEdition publisher, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gongkai.publish.poll:PT30S}", initialDelayString = "${gongkai.publish.initial-delay:PT5S}")
    @SchedulerLock(name = "publish-scheduled", lockAtMostFor = "PT10M")
    public void run() {
        publishDue();
    }

    /** Publishes every due edition; returns how many this call published. */
    int publishDue() {
        int published = 0;
        for (long id : store.dueScheduledEditions(clock.instant(), 500)) {
            try {
                if (publisher.publishScheduled(id)) {
                    published++;
                }
            } catch (RuntimeException e) {
                log.error("scheduled publication of edition {} failed", id, e);
            }
        }
        return published;
    }
}
