package org.gongkai.enrollment;

import java.time.Instant;

/** One county's school districts for an effective year, with the decision it was published under. */
public record Zoning(long id, long organisationId, int year, ZoningStatus status, String decisionTitle,
                    String decisionUrl, Instant publishedAt, int ruleCount, int schoolCount, int version) {

    public boolean published() {
        return status == ZoningStatus.PUBLISHED;
    }
}
