package org.gongkai.participation;

import java.time.Instant;
import java.time.LocalDate;

/** A message as stored (citizen_message, V50). The writer's name, phone and e-mail are for staff only. */
record CitizenMessage(long id, long organisationId, long writtenTo, String trackingNumber, String queryCodeHash,
                      MessageType type, String subject, String body, String writerName, String writerPhone,
                      String writerEmail, boolean mayPublish, MessageStatus status, Instant receivedAt,
                      LocalDate receivedOn, LocalDate clockFrom, int replyDays, LocalDate dueOn, Long assignedTo,
                      String assignedName, String reply, Instant repliedAt, LocalDate repliedOn, String repliedByName,
                      Instant publishedAt, InvalidReason invalidReason, int version, Rating rating,
                      String ratingComment, SecondLook secondLook, Long departmentId,
                      String departmentName) {

    /** The writer's request for a second look by the head of office, and its answer (null until given). */
    record SecondLook(Instant askedAt, String reason, String reply, Instant answeredAt, String answeredByName) {

        public boolean waiting() {
            return reply == null;
        }
    }

    /** Whether the writer may ask for a second look: once, after rating the reply "dissatisfied". */
    public boolean secondLookAskable() {
        return status == MessageStatus.ANSWERED && rating == Rating.DISSATISFIED && secondLook == null;
    }

    public boolean open() {
        return status == MessageStatus.OPEN;
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** Whether the writer may still rate the reply: once, after it was given. */
    public boolean rateable() {
        return status == MessageStatus.ANSWERED && rating == null;
    }

    /** Whether the reply was given by the due date (null while open or invalid). */
    public Boolean onTime() {
        return repliedOn == null ? null : !repliedOn.isAfter(dueOn);
    }
}
