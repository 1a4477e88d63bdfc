package org.gongkai.syndication;

import org.gongkai.document.DocumentKind;

import java.time.Instant;

/**
 * A subscriber's rule: every new item of the source (an organisation above, optionally only documents of one kind;
 * or a source on another site) is re-posted into the column in the acting staff member's name and submitted for
 * review.
 */
public record RepostRule(long id, long organisationId, Long sourceOrganisationId, Long remoteSourceId,
                         DocumentKind documentKind, long columnId, long actingUserId, String actingUsername,
                         Instant createdAt) {
}
