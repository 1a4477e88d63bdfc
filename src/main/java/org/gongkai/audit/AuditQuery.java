package org.gongkai.audit;

import java.time.Instant;
import java.util.List;

/**
 * A search of the log. {@code organisationIds} and {@code system} bound what may be seen at all (entries of those
 * organisations, and entries without one when {@code system}); the rest are optional filters, null when unused.
 *
 * @param to exclusive
 */
record AuditQuery(List<Long> organisationIds, boolean system, String actorName, String actionPrefix,
                  Instant from, Instant to) {
}
