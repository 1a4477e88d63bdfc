package org.gongkai.portal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.gongkai.document.PublicChange;
import org.gongkai.transparency.TransparencyRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every node's page cache in step with the public side. A change (a {@link PublicChange} after commit, or an
 * edited section text) is written to {@code portal_change} and evicted here at once; every node polls that table
 * every few seconds and evicts what other nodes recorded. The poll re-reads a trailing window so that a row whose
 * id was taken before, but committed after, a newer one is not missed.
 */
@Component
class SiteChanges {

    private static final Duration WINDOW = Duration.ofMinutes(2);

    record Change(long id, long organisationId, Long documentId) {
    }

    private final JdbcClient jdbc;
    private final PageCache cache;
    private final Set<Long> seen = new HashSet<>();
    private final Map<Long, List<CompletableFuture<Long>>> waiters = new ConcurrentHashMap<>();
    private final Map<Long, List<CompletableFuture<Long>>> badgeWaiters = new ConcurrentHashMap<>();
    private Instant polledFrom;

    SiteChanges(JdbcClient jdbc, PageCache cache) {
        this.jdbc = jdbc;
        this.cache = cache;
    }

    /**
     * Evicts this node's cache in the committing thread, before the publishing call returns: a withdrawn or removed
     * document is never served from this node's cache after its change committed. The outbox-backed listener below
     * then records the change for the other nodes.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void evictNow(PublicChange change) {
        evict(change.organisationId(), change.documentId());
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        record(change.organisationId(), change.documentId());
        List<CompletableFuture<Long>> waiting = waiters.remove(change.documentId());
        if (waiting != null) {
            waiting.forEach(f -> f.complete(change.documentId()));
        }
    }

    /** A module contributing to the sites changed what it contributes (open data published or withdrawn, an interpretation linked, a consultation published). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void evictNow(SiteContentChanged change) {
        evict(change.organisationId(), null);
    }

    @ApplicationModuleListener
    void on(SiteContentChanged change) {
        record(change.organisationId(), null);
    }

    /** The document page carries the transparency badge, which exists only once the log has the leaf. */
    @ApplicationModuleListener
    void on(TransparencyRecorded recorded) {
        record(recorded.organisationId(), recorded.documentId());
        List<CompletableFuture<Long>> waiting = badgeWaiters.remove(recorded.documentId());
        if (waiting != null) {
            waiting.forEach(f -> f.complete(recorded.documentId()));
        }
    }

    /** Completes when the document's next transparency leaf has been handled here (its page evicted). */
    CompletableFuture<Long> nextTransparencyOf(long documentId) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        badgeWaiters.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(f);
        return f;
    }

    /** Completes when the next change of the document has been handled here (for tests and tools that must wait). */
    CompletableFuture<Long> nextChangeOf(long documentId) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        waiters.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(f);
        return f;
    }

    /** Records a change of the organisation's public side (and of one document, if given) and evicts locally. */
    void record(long organisationId, Long documentId) {
        long id = jdbc.sql("insert into portal_change (organisation_id, document_id) values (?, ?) returning id")
                .params(organisationId, documentId).query(Long.class).single();
        seenHere(id);
        evict(organisationId, documentId);
    }

    /** A change this node recorded and evicted itself: its poll need not evict it again. */
    private synchronized void seenHere(long id) {
        seen.add(id);
    }

    /**
     * Records a change of the organisation's whole site (an edited section text) inside the caller's transaction;
     * this node evicts after commit, the others when they poll.
     */
    void recordSiteChange(long organisationId) {
        long id = jdbc.sql("insert into portal_change (organisation_id, document_id) values (?, null) returning id")
                .param(organisationId).query(Long.class).single();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    seenHere(id);
                    evict(organisationId, null);
                }
            });
        } else {
            seenHere(id);
            evict(organisationId, null);
        }
    }

    @Scheduled(fixedDelayString = "${gongkai.portal.change-poll:PT2S}")
    synchronized void poll() {
        Instant dbNow = jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
        if (polledFrom == null) {
            polledFrom = dbNow;
            return;
        }
        List<Change> changes = jdbc.sql("""
                        select id, organisation_id, document_id from portal_change where created_at >= ? order by id""")
                .param(Timestamp.from(polledFrom.minus(WINDOW)))
                .query((rs, i) -> new Change(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3))).list();
        Set<Long> inWindow = new HashSet<>();
        for (Change c : changes) {
            inWindow.add(c.id());
            if (seen.add(c.id())) {
                evict(c.organisationId(), c.documentId());
            }
        }
        seen.retainAll(inWindow);
        polledFrom = dbNow;
    }

    @Scheduled(cron = "${gongkai.portal.change-cleanup:0 17 3 * * *}")
    @SchedulerLock(name = "portal-change-cleanup", lockAtMostFor = "PT10M")
    void cleanUp() {
        jdbc.sql("delete from portal_change where created_at < now() - interval '1 day'").update();
    }

    /** A document's change evicts it and its organisation's listings; a change of no document, the whole site. */
    private void evict(long organisationId, Long documentId) {
        cache.evict(documentId == null
                ? List.of(CacheTags.organisation(organisationId), CacheTags.site(organisationId), CacheTags.ALL)
                : List.of(CacheTags.organisation(organisationId), CacheTags.document(documentId), CacheTags.ALL));
    }
}
