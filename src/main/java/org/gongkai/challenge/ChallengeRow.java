package org.gongkai.challenge;

/** A legal challenge on the list page, with its application's tracking number and the organisation's name. */
record ChallengeRow(LegalChallenge challenge, String trackingNumber, String organisationName) {
}
