package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document waiting for a subscriber's decision, whichever way it came in (from an organisation above on this
 * platform, or from another site): the one shape the queue pages, the two decisions and the rules work on. Every
 * item has a title, 文号, issuing body, date and a SHA-256 fingerprint of what it says.
 */
public sealed interface QueuedItem permits RepostItem, RemoteItem {

    long id();

    long organisationId();

    QueueKind kind();

    String title();

    String documentNumber();

    String issuer();

    LocalDate sourceDate();

    String fingerprint();

    RepostStatus status();

    String dismissReason();

    Long repostDocumentId();

    Instant decidedAt();

    SourceChange sourceChange();

    Instant sourceChangedAt();

    Instant queuedAt();

    /** When the re-post was first published, where known. */
    default Instant repostedAt() {
        return null;
    }

    default boolean flagged() {
        return sourceChange() != null;
    }

    /** Whether re-posting can still be asked for (a same-platform item takes the source's live edition). */
    default boolean repostable() {
        return status() == RepostStatus.QUEUED && !flagged();
    }

    /** The back-office address of the item. */
    default String adminPath() {
        return kind().adminPath(id());
    }
}
