package org.gongkai.enrollment;

import java.time.Instant;

/**
 * A county's enrollment information (招生入学信息) for one year: the policy, the admission rules for migrant
 * children, the document it was published under, and counts of its schools, places and schedule items.
 */
public record EnrollmentYear(long id, long organisationId, int year, ZoningStatus status, String policy,
                             String migrantRules, String decisionTitle, String decisionUrl, Instant publishedAt,
                             int schoolCount, long places, int scheduleCount, int version) {

    public boolean published() {
        return status == ZoningStatus.PUBLISHED;
    }

    /** The policy as paragraphs (blank lines dropped), to show without markup. */
    public java.util.List<String> policyParagraphs() {
        return paragraphs(policy);
    }

    public java.util.List<String> migrantParagraphs() {
        return paragraphs(migrantRules);
    }

    static java.util.List<String> paragraphs(String text) {
        return text == null ? java.util.List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
