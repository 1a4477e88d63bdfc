package org.gongkai.application;

import java.time.LocalDate;

/** What other modules may know of one application: which it is, whose it is, and when it was received. */
public record ApplicationCase(long id, long organisationId, String trackingNumber, LocalDate receivedOn) {
}
