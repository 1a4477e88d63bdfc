package org.gongkai.transparency;

import org.gongkai.document.PublicChange;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * Turns a {@link PublicChange} into a leaf and appends it, once: a change already logged (same edition and kind)
 * is answered with its existing leaf, so a re-delivered event appends nothing.
 * <p>
 * A PUBLISHED leaf carries the hash of the edition's canonical form, read through {@link PublishedDocuments}.
 * The listener runs after the publishing transaction commits, so by then the document may have moved on. When the
 * document's live public edition is still the one the event names — published or already withdrawn, same content —
 * its content is hashed. When it is not (superseded by a newer edition, or removed, before the log caught up)
 * the leaf is still appended, because the edition <em>was</em> public and the log must not lose that fact, but
 * without a content hash ({@code has_content = 0}): the log never reads non-public content, and inventing or
 * waiting for content that can no longer be read would either lie or block the outbox forever.
 * <p>
 * The 索引号 comes from the public edition when readable, else from the document's earlier leaves.
 */
@Service
public class LogAppender {

    private static final Logger log = LoggerFactory.getLogger(LogAppender.class);

    private final LeafStore leaves;
    private final PublishedDocuments published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LogAppender(LeafStore leaves, PublishedDocuments published, ApplicationEventPublisher events, Clock clock) {
        this.leaves = leaves;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public StoredLeaf append(PublicChange change) {
        LeafKind kind = LeafKind.valueOf(change.kind().name());
        Optional<StoredLeaf> existing = leaves.find(change.editionId(), kind);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<PublishedDocument> doc = published.find(change.documentId())
                .filter(d -> d.editionId() == change.editionId());
        byte[] content = null;
        if (kind == LeafKind.PUBLISHED) {
            content = doc.map(d -> CanonicalEdition.of(d).sha256()).orElse(null);
            if (content == null) {
                log.info("edition {} of document {} no longer public when logged: leaf without content hash",
                        change.editionId(), change.documentId());
            }
        }
        String indexNumber = doc.map(PublishedDocument::indexNumber).orElseGet(() -> earlierIndexNumber(change));
        leaves.lockForAppend();
        existing = leaves.find(change.editionId(), kind); // another node may have won the race
        if (existing.isPresent()) {
            return existing.get();
        }
        LeafData data = new LeafData(kind, change.documentId(), change.editionId(), indexNumber,
                clock.millis(), content);
        StoredLeaf stored = leaves.append(data);
        events.publishEvent(new LeafAppended(stored.index(), kind, change.documentId(), change.editionId()));
        events.publishEvent(new org.gongkai.transparency.TransparencyRecorded(change.organisationId(), change.documentId()));
        return stored;
    }

    private String earlierIndexNumber(PublicChange change) {
        return leaves.ofDocument(change.documentId()).stream()
                .map(l -> l.decoded().indexNumber())
                .filter(s -> !s.isEmpty())
                .reduce((a, b) -> b)
                .orElse(null);
    }
}
