package org.gongkai.audit;

import java.time.Instant;

/**
 * One stored entry of the audit log; before and after are JSON text as the database returns it (or null);
 * hashFormat says how its hash was made ({@link EntryHash#PLAIN} or {@link EntryHash#KEYED}).
 */
record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, Long organisationId, String action,
                  String targetType, String targetId, String ipAddress, String before, String after,
                  String prevHash, String hash, int hashFormat) {

    /** What the hash covers, re-derived from the stored row. */
    EntryHash.Content content() {
        return new EntryHash.Content(prevHash, occurredAt, actorId, actorName, organisationId, action, targetType,
                targetId, ipAddress, CanonicalJson.ofText(before), CanonicalJson.ofText(after));
    }
}
