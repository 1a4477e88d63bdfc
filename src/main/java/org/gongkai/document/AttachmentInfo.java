package org.gongkai.document;

import java.time.Instant;

/** A stored file attached to a document. */
public record AttachmentInfo(long id, long documentId, String sha256, String fileName, String mediaType,
                             AttachmentKind kind, long sizeBytes, Instant uploadedAt) {
}
