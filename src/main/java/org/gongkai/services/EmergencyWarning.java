package org.gongkai.services;

import java.time.Instant;

/** A warning (预警) as drafted or issued; once issued it changes only through {@link WarningUpdate}s. */
public record EmergencyWarning(long id, long organisationId, String event, String category, WarningSeverity severity,
                               String urgency, String certainty, String headline, String description,
                               String instruction, String area, Instant onset, Instant expires, Instant issuedAt,
                               Instant updatedAt) {

    public boolean issued() {
        return issuedAt != null;
    }
}
