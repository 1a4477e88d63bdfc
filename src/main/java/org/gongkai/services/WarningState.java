package org.gongkai.services;

import java.time.Instant;
import java.util.List;

/**
 * A warning as it stands after its updates: the severity and validity of the latest message, whether it was
 * cancelled, and whether it is in force at a moment.
 */
public record WarningState(EmergencyWarning warning, List<WarningUpdate> updates) {

    public WarningSeverity severity() {
        return updates.isEmpty() ? warning.severity() : updates.get(updates.size() - 1).severity();
    }

    public Instant expires() {
        return updates.isEmpty() ? warning.expires() : updates.get(updates.size() - 1).expires();
    }

    public boolean cancelled() {
        return updates.stream().anyMatch(WarningUpdate::cancel);
    }

    public boolean inForce(Instant now) {
        return warning.issued() && !cancelled() && expires().isAfter(now);
    }

    public Instant lastSent() {
        return updates.isEmpty() ? warning.issuedAt() : updates.get(updates.size() - 1).issuedAt();
    }
}
