package org.gongkai.syndication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A document of another instance, verified against its transparency log and queued for the subscriber. The
 * canonical edition is kept exactly as hashed, with the leaf, the inclusion proof and the signed head it led to.
 */
public record RemoteItem(long id, long sourceId, long organisationId, long remoteDocumentId, long remoteEditionId,
                         String canonicalJson, String contentHash, long leafIndex, String leafHash, long treeSize,
                         String rootHash, List<String> auditPath, Instant headSignedAt, Instant sourcePublishedAt,
                         String title, String documentNumber, String issuer, LocalDate sourceDate,
                         RepostStatus status, String dismissReason, Long repostDocumentId, Long decidedBy,
                         Instant decidedAt, SourceChange sourceChange, Instant sourceChangedAt, Instant queuedAt) {

    public boolean flagged() {
        return sourceChange != null;
    }
}
