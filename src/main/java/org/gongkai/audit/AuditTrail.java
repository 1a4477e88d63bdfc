package org.gongkai.audit;

import org.gongkai.platform.audit.StaffAction;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends every {@link StaffAction} to the log, synchronously and inside the publisher's transaction, so the
 * action and its record commit or roll back together. Without a surrounding transaction it opens its own: the
 * advisory lock only serialises appends while a transaction holds it.
 */
@Component
class AuditTrail {

    private final AuditEntries entries;
    private final ClientAddress clientAddress;
    private final Clock clock;
    private final AuditChainKey key;

    AuditTrail(AuditEntries entries, ClientAddress clientAddress, Clock clock, AuditChainKey key) {
        this.entries = entries;
        this.clientAddress = clientAddress;
        this.clock = clock;
        this.key = key;
    }

    @EventListener
    @Transactional
    public void append(StaffAction action) {
        if (action.action() == null || action.action().isBlank()) {
            throw new IllegalArgumentException("a staff action needs a name, such as document.publish");
        }
        // PostgreSQL keeps microseconds: the hash must cover exactly what a re-computation will read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = CanonicalJson.of(action.before());
        String after = CanonicalJson.of(action.after());
        String ip = clientAddress.current();
        entries.lockForAppend();
        EntryHash.Content content = new EntryHash.Content(entries.lastHash(), now, action.actorId(),
                actorName(action), action.organisationId(), action.action(), action.targetType(), action.targetId(),
                ip, before, after);
        entries.insert(content, EntryHash.keyed(content, key.forAppend().bytes()), EntryHash.KEYED);
    }

    private static String actorName(StaffAction action) {
        if (action.actorName() != null && !action.actorName().isBlank()) {
            return action.actorName();
        }
        return action.actorId() == null ? "system" : "#" + action.actorId();
    }
}
