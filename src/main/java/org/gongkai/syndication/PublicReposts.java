package org.gongkai.syndication;

import org.gongkai.document.PublishedDocument;
import org.gongkai.document.PublishedDocuments;
import org.springframework.stereotype.Service;

import java.time.LocalDate;

/**
 * What the public side may know of re-posts, for the portal's document page (the fragment in
 * {@code templates/syndication/public.html}): only for a document the public holds, and the source's state read
 * through {@link PublishedDocuments} when the page is read, so a change of the source shows at once.
 */
@Service("publicReposts")
public class PublicReposts {

    /** Where the source stands now against the text re-posted. */
    public enum SourceState {
        CURRENT, AMENDED, REPEALED, WITHDRAWN, REMOVED;

        public String labelKey() {
            return "repost.public.state." + name();
        }
    }

    /**
     * The attribution a re-post carries. {@code sourceLinked}: the original's page is public (withdrawn pages still
     * answer, removed ones do not).
     */
    public record Attribution(long sourceDocumentId, String title, String documentNumber, String issuer,
                              LocalDate sourceDate, String fingerprint, SourceState state, boolean sourceLinked) {

        public boolean flagged() {
            return state != SourceState.CURRENT;
        }
    }

    private final SyndicationStore store;
    private final PublishedDocuments published;

    PublicReposts(SyndicationStore store, PublishedDocuments published) {
        this.store = store;
        this.published = published;
    }

    /** The attribution of a published re-post; null when the document is no re-post or not public. */
    public Attribution of(long documentId) {
        RepostItem item = store.byRepost(documentId).orElse(null);
        if (item == null || published.find(documentId).isEmpty()) {
            return null;
        }
        PublishedDocument source = published.find(item.sourceDocumentId()).orElse(null);
        SourceChange change = Sources.change(source, item.sourceEditionId());
        SourceState state = change == null ? SourceState.CURRENT : SourceState.valueOf(change.name());
        return new Attribution(item.sourceDocumentId(), item.title(), item.documentNumber(), item.issuer(),
                item.sourceDate(), item.fingerprint(), state, source != null);
    }
}
