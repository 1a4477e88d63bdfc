package org.gongkai.document;

/** An edition that is in review, as a reviewer who may decide on it sees it (see {@link ReviewEdition#underReview}). */
public record EditionUnderReview(long documentId, long editionId, int editionNumber, long revisionId,
                                 long organisationId) {
}
