package org.gongkai.transparency;

/**
 * Published when a publication, withdrawal or removal of a document has joined the transparency log, inside the
 * appending transaction: pages that show the document's transparency badge are out of date from its commit on.
 */
public record TransparencyRecorded(long organisationId, long documentId) {
}
