package org.gongkai.integrity.log;

/** Published inside the appending transaction when a leaf joins the log. */
public record LeafAppended(long index, LeafKind kind, long documentId, long editionId) {
}
