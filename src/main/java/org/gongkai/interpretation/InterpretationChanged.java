package org.gongkai.interpretation;

/**
 * A public page may show interpretations differently now: the page of the document (or, when {@code documentId} is
 * null, every page of the organisation's site: its navigation links to the interpretation column).
 */
public record InterpretationChanged(long organisationId, Long documentId) {
}
