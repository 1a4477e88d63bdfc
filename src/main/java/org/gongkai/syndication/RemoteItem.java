package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document of another site queued for the subscriber. From another instance it is verified against that
 * instance's transparency log: the canonical edition is kept exactly as hashed, with the leaf, the inclusion proof
 * and the signed head it led to. From an outside feed or page nothing can be verified: it keeps the original's
 * address, the cleaned body and its fingerprint ({@code contentHash}), and the evidence fields are null.
 */
public record RemoteItem(long id, long sourceId, long organisationId, Long remoteDocumentId, Long remoteEditionId,
                         String canonicalJson, String contentHash, Long leafIndex, String leafHash, Long treeSize,
                         String rootHash, List<String> auditPath, Instant headSignedAt, Instant sourcePublishedAt,
                         String title, String documentNumber, String issuer, LocalDate sourceDate,
                         RepostStatus status, String dismissReason, Long repostDocumentId, Long decidedBy,
                         Instant decidedAt, SourceChange sourceChange, Instant sourceChangedAt, Instant queuedAt,
                         String entryKey, String originalUrl, String bodyHtml) implements QueuedItem {

    @Override
    public QueueKind kind() {
        return QueueKind.REMOTE;
    }

    /** Whether the item came with a transparency-log proof (another Gongkai instance). */
    public boolean verified() {
        return canonicalJson != null;
    }

    /** The verified content hash, or for an outside entry the SHA-256 of its cleaned text. */
    @Override
    public String fingerprint() {
        return contentHash;
    }
}
