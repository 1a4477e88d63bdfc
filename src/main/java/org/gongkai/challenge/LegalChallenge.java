package org.gongkai.challenge;

import java.time.Instant;
import java.time.LocalDate;

/** A request for administrative reconsideration or a lawsuit about the decision on one application, as stored. */
record LegalChallenge(long id, long applicationId, long organisationId, ChallengeKind kind, String caseNumber,
                      LocalDate filedOn, ChallengeResult result, LocalDate concludedOn, String note,
                      Instant updatedAt, String updatedByName, int version) {
}
