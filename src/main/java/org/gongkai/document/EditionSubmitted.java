package org.gongkai.document;

/** Published (synchronously, inside the submission's transaction) when an editor sends an edition to review. */
public record EditionSubmitted(long documentId, long editionId, long revisionId, long organisationId) {
}
