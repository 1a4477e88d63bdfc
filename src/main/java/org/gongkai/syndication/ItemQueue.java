package org.gongkai.syndication;

import org.gongkai.document.DocumentContent;

import java.util.Map;
import java.util.Optional;

/** The storage side of one {@link QueueKind}: what {@link Repost} needs to decide on its items. */
interface ItemQueue {

    /** The re-post's content as the source stands (without column), and what to record as its evidence. */
    record Prepared(DocumentContent.Builder content, Map<String, Object> evidence) {
    }

    QueueKind kind();

    Optional<? extends QueuedItem> find(long id);

    /** Throws {@link org.gongkai.platform.web.ConflictException} when the item may no longer be re-posted. */
    Prepared prepare(QueuedItem item);

    boolean markReposted(long id, long documentId, long userId);

    boolean markDismissed(long id, String reason, long userId);
}
