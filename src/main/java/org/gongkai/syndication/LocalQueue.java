package org.gongkai.syndication;

import org.gongkai.document.DocumentContent;
import org.gongkai.document.DocumentKind;
import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.gongkai.document.Validity;
import org.gongkai.platform.web.ConflictException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Same-platform items: the re-post holds the source's live edition, read through {@link PublishedDocuments}. */
@Component
class LocalQueue implements ItemQueue {

    private final SyndicationStore store;
    private final PublishedDocuments published;

    LocalQueue(SyndicationStore store, PublishedDocuments published) {
        this.store = store;
        this.published = published;
    }

    @Override
    public QueueKind kind() {
        return QueueKind.LOCAL;
    }

    @Override
    public Optional<RepostItem> find(long id) {
        return store.find(id);
    }

    @Override
    public Prepared prepare(QueuedItem queued) {
        RepostItem item = (RepostItem) queued;
        PublishedDocument source = published.find(item.sourceDocumentId()).orElse(null);
        if (source == null || source.withdrawn() || source.validity() != Validity.VALID) {
            throw new ConflictException("repost.error.sourceGone");
        }
        if (source.editionId() != item.sourceEditionId()) {
            store.refresh(item.id(), Sources.of(source));
        }
        DocumentContent.Builder content = content(source);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("source", item.sourceDocumentId());
        evidence.put("sourceEdition", source.editionId());
        evidence.put("fingerprint", Sources.fingerprint(source));
        return new Prepared(content, evidence);
    }

    /** A re-post's content from the source's live edition (without column). */
    static DocumentContent.Builder content(PublishedDocument source) {
        return DocumentContent.builder().title(source.title())
                .documentNumber(source.documentNumber()).issuer(source.issuer()).writtenDate(source.writtenDate())
                .publishDate(source.shownPublishDate()).theme(source.theme()).opennessClass(source.opennessClass())
                .keywords(source.keywords()).summary(source.summary())
                // a re-post is not the subscriber's own 规章 or 规范性文件 (table 二 of its annual report)
                .kind(DocumentKind.OTHER).validity(Validity.VALID)
                .bodyHtml(source.bodyHtml());
    }

    @Override
    public boolean markReposted(long id, long documentId, long userId) {
        return store.markReposted(id, documentId, userId);
    }

    @Override
    public boolean markDismissed(long id, String reason, long userId) {
        return store.markDismissed(id, reason, userId);
    }
}
