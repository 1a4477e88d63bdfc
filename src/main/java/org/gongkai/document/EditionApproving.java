package org.gongkai.document;

import org.gongkai.identity.StaffUser;

/**
 * Published synchronously by {@link ReviewEdition#approve} after the gates let the edition through and before it is
 * approved, inside the same transaction: a listener may still change the edition's content (redaction through
 * {@link RedactEdition}) or refuse by throwing.
 */
public record EditionApproving(long documentId, long editionId, long revisionId, long organisationId,
                               StaffUser reviewer) {
}
