package org.gongkai.challenge;

/**
 * The add and edit form of a legal challenge as typed (text, so a refused form shows what the person entered).
 * {@code version} is the version the edit was based on (empty when adding).
 */
record ChallengeForm(String kind, String caseNumber, String filedOn, String result, String concludedOn, String note,
                     String version) {

    static ChallengeForm blank() {
        return new ChallengeForm(null, null, null, ChallengeResult.PENDING.name(), null, null, null);
    }

    static ChallengeForm of(LegalChallenge c) {
        return new ChallengeForm(c.kind().name(), c.caseNumber(), c.filedOn().toString(), c.result().name(),
                c.concludedOn() == null ? null : c.concludedOn().toString(), c.note(), String.valueOf(c.version()));
    }

    ChallengeForm withVersion(int v) {
        return new ChallengeForm(kind, caseNumber, filedOn, result, concludedOn, note, String.valueOf(v));
    }
}
