package org.gongkai.application;

/**
 * How many applications of one kind of applicant fell in one place of table 三 for a period: {@code carriedIn} when
 * received before the period began (row 二, otherwise row 一); {@code outcome} the answer given by the end of the
 * period, or null when still open then (row 四, carried over).
 */
public record ApplicationTally(ApplicantType applicantType, boolean carriedIn, ReplyOutcome outcome, long count) {

    /** Still open at the end of the period. */
    public boolean open() {
        return outcome == null;
    }
}
