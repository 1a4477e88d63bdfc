package org.gongkai.challenge;

/** One cell of table 四: how many cases of a kind had a result. Cells without cases are not listed. */
public record ChallengeCount(ChallengeKind kind, ChallengeResult result, long count) {
}
