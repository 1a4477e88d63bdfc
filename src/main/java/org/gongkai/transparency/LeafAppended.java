package org.gongkai.transparency;

/** Published inside the appending transaction when a leaf joins the log. */
record LeafAppended(long index, LeafKind kind, long documentId, long editionId) {
}
