package org.gongkai.document;

import java.time.Instant;

/** A line of the back office's document list. */
public record DocumentRow(long documentId, String indexNumber, String title, String documentNumber,
                          EditionStatus workingStatus, EditionStatus liveStatus, Instant updatedAt, Instant publishedAt) {
}
