package org.gongkai.document;

import java.time.Instant;

/** The identity of a document: its organisation and, once first published, its 索引号. */
public record DocumentRef(long id, long organisationId, String indexNumber, long createdBy, Instant createdAt) {
}
