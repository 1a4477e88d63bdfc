package org.gongkai.review;

/** The public face of a negative-list entry: its category and legal basis, and who set it. Nothing else. */
public record NegativeListSummary(long organisationId, String organisationName, NegativeCategory category,
                                  String legalBasis) {
}
