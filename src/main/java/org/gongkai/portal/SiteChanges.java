package org.gongkai.portal;

import org.gongkai.document.PublicChange;
import org.gongkai.platform.NodeSignals;
import org.gongkai.transparency.TransparencyRecorded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Keeps every node's page cache in step with the public side. This node evicts at once: a {@link PublicChange} after
 * its commit, an edited section text after its commit. The other nodes hear of it through
 * {@link NodeSignals} (PostgreSQL NOTIFY at commit, the {@code node_signal} table as the catch-up after a lost
 * connection, ADR 0034): the document module signals every public change of a document in its own transaction
 * (topic {@code document}), and this class signals changes of a whole site or of a document's transparency badge
 * (topic {@code site}).
 */
@Component
class SiteChanges {

    static final String DOCUMENT = "document";
    static final String SITE = "site";

    private final PageCache cache;
    private final NodeSignals signals;
    private final Map<Long, List<CompletableFuture<Long>>> waiters = new ConcurrentHashMap<>();
    private final Map<Long, List<CompletableFuture<Long>>> badgeWaiters = new ConcurrentHashMap<>();

    SiteChanges(PageCache cache, NodeSignals signals) {
        this.cache = cache;
        this.signals = signals;
        signals.subscribe(DOCUMENT, this::evictSignalled);
        signals.subscribe(SITE, this::evictSignalled);
    }

    /**
     * Evicts this node's cache in the committing thread, before the publishing call returns: a withdrawn or removed
     * document is never served from this node's cache after its change committed. The other nodes heard of it from
     * the document module's signal, sent in the same transaction.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void evictNow(PublicChange change) {
        evict(change.organisationId(), change.documentId());
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        evict(change.organisationId(), change.documentId());
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

    /**
     * Signals a change of the organisation's public side (and of one document, if given) to the other nodes in the
     * current transaction, and evicts locally.
     */
    void record(long organisationId, Long documentId) {
        signals.send(SITE, documentId == null ? Long.toString(organisationId) : organisationId + "/" + documentId);
        evict(organisationId, documentId);
    }

    /**
     * Records a change of the organisation's whole site (an edited section text) inside the caller's transaction;
     * this node evicts after commit, the others when they hear the signal.
     */
    void recordSiteChange(long organisationId) {
        signals.send(SITE, Long.toString(organisationId));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    evict(organisationId, null);
                }
            });
        } else {
            evict(organisationId, null);
        }
    }

    /** Reads the signals table for what this node has not heard yet (tests; the platform does it after a reconnect). */
    void poll() {
        signals.catchUp();
    }

    /** A signal's subject: {@code organisation} or {@code organisation/document}. */
    private void evictSignalled(String subject) {
        int slash = subject.indexOf('/');
        if (slash < 0) {
            evict(Long.parseLong(subject), null);
        } else {
            evict(Long.parseLong(subject.substring(0, slash)), Long.parseLong(subject.substring(slash + 1)));
        }
    }

    /** A document's change evicts it and its organisation's listings; a change of no document, the whole site. */
    private void evict(long organisationId, Long documentId) {
        cache.evict(documentId == null
                ? List.of(CacheTags.organisation(organisationId), CacheTags.site(organisationId), CacheTags.ALL)
                : List.of(CacheTags.organisation(organisationId), CacheTags.document(documentId), CacheTags.ALL));
    }
}
