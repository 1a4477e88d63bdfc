package org.gongkai.syndication;

import org.gongkai.document.PublicChange;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.portal.SiteContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Follows the public side. A document a source publishes for the first time is queued for each subscriber (unless it
 * is itself a re-post); a later edition refreshes the items still queued and flags the re-posts; a withdrawal,
 * removal or repeal flags them all. A re-post's own first publication stops the board's clock. The sites of the
 * organisations whose re-posts changed are told, so their cached pages (with the banner) are dropped at once. The
 * subscribers' rules ({@link RuleRunner}) act on new items and on re-posts whose source is gone.
 */
@Component
class SourceListener {

    private final SyndicationStore store;
    private final RemoteStore remote;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final RuleRunner rules;
    private final Map<Long, List<CompletableFuture<Long>>> waiters = new ConcurrentHashMap<>();

    SourceListener(SyndicationStore store, RemoteStore remote, PublishedDocuments published, ApplicationEventPublisher events,
                   RuleRunner rules) {
        this.store = store;
        this.remote = remote;
        this.published = published;
        this.events = events;
        this.rules = rules;
    }

    @ApplicationModuleListener
    void on(PublicChange change) {
        try {
            handle(change);
        } finally {
            done(change.documentId());
        }
    }

    /** Completes once the next change of the document has been handled here and committed (for tests and tools). */
    CompletableFuture<Long> nextChangeOf(long documentId) {
        CompletableFuture<Long> f = new CompletableFuture<>();
        waiters.computeIfAbsent(documentId, id -> new CopyOnWriteArrayList<>()).add(f);
        return f;
    }

    private void done(long documentId) {
        List<CompletableFuture<Long>> waiting = waiters.remove(documentId);
        if (waiting == null) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            waiting.forEach(f -> f.complete(documentId));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                waiting.forEach(f -> f.complete(documentId));
            }
        });
    }

    private void handle(PublicChange change) {
        PublishedDocument now = published.find(change.documentId()).orElse(null);
        if (change.kind() == PublicChange.Kind.PUBLISHED && now != null && !now.withdrawn()
                && store.isRepost(change.documentId())) {
            store.repostPublished(change.documentId(), now.publishedAt());
            if (store.updatePublished(change.documentId())) {
                events.publishEvent(new SiteContentChanged(now.organisationId()));
            }
            return;
        }
        if (change.kind() == PublicChange.Kind.PUBLISHED && now != null && !now.withdrawn()
                && remote.updatePublished(change.documentId())) {
            events.publishEvent(new SiteContentChanged(now.organisationId()));
            return;
        }
        Set<Long> sitesChanged = new HashSet<>();
        for (RepostItem item : store.bySource(change.documentId())) {
            SourceChange c = Sources.change(now, item.sourceEditionId());
            if (c == SourceChange.AMENDED && item.status() == RepostStatus.QUEUED) {
                store.refresh(item.id(), Sources.of(now));
                store.unflag(item.id());
            } else if (c == SourceChange.AMENDED && item.status() == RepostStatus.REPOSTED) {
                // flagged (banner) once; updated by policy whenever the source moved past the edition held
                if (store.flag(item.id(), c) && item.repostDocumentId() != null) {
                    sitesChanged.add(item.organisationId());
                }
                rules.sourceAmendedLocal(item.organisationId(), item.id());
            } else if (c == null && item.sourceChange() == SourceChange.AMENDED && item.updatedFromSourceAt() != null) {
                continue; // updated from the amended original: flagged until that edition of the re-post is published
            } else if (c == null ? store.unflag(item.id()) : store.flag(item.id(), c)) {
                if (item.repostDocumentId() != null) {
                    sitesChanged.add(item.organisationId());
                }
                if (c != null) {
                    rules.sourceGone(item.organisationId(), item.repostDocumentId(), c);
                }
            }
        }
        if (change.kind() == PublicChange.Kind.PUBLISHED && now != null && !now.withdrawn()
                && now.validity() == org.gongkai.document.Validity.VALID) {
            SyndicationStore.Source source = Sources.of(now);
            for (long subscriber : store.subscribersOf(now.organisationId())) {
                if (store.queue(subscriber, source)) {
                    store.itemId(subscriber, now.documentId()).ifPresent(id ->
                            rules.queuedLocal(subscriber, now.organisationId(), now.kind(), id));
                }
            }
        }
        sitesChanged.forEach(org -> events.publishEvent(new SiteContentChanged(org)));
    }
}
