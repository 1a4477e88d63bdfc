package org.gongkai.application;

import java.time.Instant;
import java.time.LocalDate;

/** How and when the reply reached the applicant, as the office recorded it. */
record DeliveryRecord(long id, long applicationId, Delivery method, LocalDate deliveredOn, String note,
                      boolean emailed, Instant recordedAt) {
}
