package org.gongkai.report;

import java.time.Instant;

/** An annual report whose document is published (and not withdrawn), as the public site lists it. */
public record PublishedReport(long organisationId, int year, long documentId, String title, Instant publishedAt) {
}
