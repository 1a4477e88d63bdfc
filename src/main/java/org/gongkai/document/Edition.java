package org.gongkai.document;

import java.time.Instant;

/** One edition of a document: a revision and where it stands in the workflow. */
public record Edition(long id, long documentId, int number, long revisionId, EditionStatus status, long createdBy,
                      Instant createdAt, Instant updatedAt, int lockVersion, Instant scheduledFor,
                      Instant publishedAt, String publicNote) {
}
