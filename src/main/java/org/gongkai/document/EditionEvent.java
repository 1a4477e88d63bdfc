package org.gongkai.document;

import java.time.Instant;

/** A line of a document's history: who did what to which edition, when, with what note. */
public record EditionEvent(long id, long editionId, int editionNumber, String action, EditionStatus fromStatus,
                           EditionStatus toStatus, Long actorId, String actorName, String note, Instant occurredAt) {
}
