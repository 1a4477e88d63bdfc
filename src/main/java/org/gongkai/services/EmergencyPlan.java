package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** An emergency plan (应急预案): drafted by an editor, published by a publisher, then fixed. */
public record EmergencyPlan(long id, long organisationId, String title, String scope, LocalDate issuedOn, String body,
                            Instant publishedAt, Instant updatedAt) {

    public boolean published() {
        return publishedAt != null;
    }
}
