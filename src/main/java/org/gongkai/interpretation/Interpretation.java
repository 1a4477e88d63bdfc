package org.gongkai.interpretation;

import java.time.Instant;

/** A link: document {@code documentId} interprets edition {@code policyEditionId} of {@code policyDocumentId}. */
public record Interpretation(long id, long organisationId, long documentId, long policyDocumentId,
                             long policyOrganisationId, long policyEditionId, InterpretationForm form, Interpreter interpreter,
                             String interpreterName, String mediaUrl, boolean followUp, long createdBy,
                             Instant createdAt) {
}
