package org.gongkai.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One application for disclosure as stored. {@code migrated}: registered afterwards in migration mode, with the
 * number the office gave it before ({@code earlierNumber}, may be null).
 */
record DisclosureApplication(
        long id, long organisationId, String trackingNumber, String queryCodeHash,
        Applicant applicant, RequestedInfo info, Delivery delivery, Channel channel,
        Instant receivedAt, LocalDate receivedOn, ApplicationStatus status, LocalDate clockStart,
        boolean correctionRequested, LocalDate correctionDueOn,
        ExtensionState extensionState, Long extensionRequestedBy, String extensionReason,
        Fee fee, LocalDate dueOn, boolean dueProvisional,
        ReplyOutcome outcome, String replyText, Instant repliedAt, LocalDate repliedOn,
        String flag, Long holderId, Long createdBy, int version, boolean migrated, String earlierNumber) {

    /** The reply period in working days ({@link StatutoryPeriods}): longer once the extension is approved. */
    public int workingDays() {
        return StatutoryPeriods.replyWorkingDays(extensionState);
    }
}
