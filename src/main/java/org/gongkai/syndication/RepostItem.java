package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A source document queued for a subscriber: what the source published (origin, 文号, date, a SHA-256 fingerprint of
 * its text), what the subscriber decided, and what has happened to the source since.
 */
public record RepostItem(long id, long organisationId, long sourceDocumentId, long sourceOrganisationId,
                         long sourceEditionId, String title, String documentNumber, String issuer, LocalDate sourceDate,
                         Instant sourcePublishedAt, String fingerprint, RepostStatus status, String dismissReason,
                         Long repostDocumentId, Instant repostedAt, Long decidedBy, Instant decidedAt,
                         SourceChange sourceChange, Instant sourceChangedAt, Instant queuedAt,
                         org.gongkai.document.DocumentKind sourceKind, Instant updatedFromSourceAt) implements QueuedItem {

    @Override
    public QueueKind kind() {
        return QueueKind.LOCAL;
    }

    /** The source's live edition is what is re-posted, so an amended source does not stop it. */
    @Override
    public boolean repostable() {
        return status == RepostStatus.QUEUED;
    }

    /** The first characters of the fingerprint, enough for people to compare two copies. */
    public String shortFingerprint() {
        return fingerprint.substring(0, 16);
    }
}
