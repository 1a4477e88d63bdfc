package org.gongkai.challenge;

/**
 * How a reconsideration or lawsuit ended, in the columns of table 四: the decision maintained (结果维持), corrected
 * (结果纠正), another result (其他结果), or not yet concluded (尚未审结).
 */
public enum ChallengeResult {
    MAINTAINED,
    CORRECTED,
    OTHER,
    PENDING;

    public boolean concluded() {
        return this != PENDING;
    }

    public String labelKey() {
        return "app.challenge.result." + name();
    }
}
