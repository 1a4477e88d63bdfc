package org.gongkai.application;

import java.time.LocalDate;

/** An application in the office's queue. */
record QueueRow(long id, long organisationId, String organisationName, String trackingNumber, String applicantName,
                ApplicantType applicantType, Channel channel, ApplicationStatus status, LocalDate receivedOn,
                LocalDate dueOn, boolean dueProvisional, String flag, String holderName, String description,
                boolean migrated) {
}
