package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reply to an NPC deputy's suggestion or a CPPCC member's proposal (建议提案办理结果): the suggestion, who handles
 * it, by when, and the reply — in full, or a summary with the reason it is not published in full.
 */
public record DeputyReply(long id, long organisationId, int year, Kind kind, String code, String session,
                          String title, String author, String leadUnit, String assistingUnits, LocalDate receivedOn,
                          LocalDate dueOn, LocalDate repliedOn, Mode replyMode, String replyText,
                          String withheldReason, Classification classification, Satisfaction satisfaction,
                          Instant publishedAt, Instant updatedAt, int version) {

    /** 人大代表建议 or 政协委员提案. */
    public enum Kind {
        SUGGESTION, PROPOSAL;

        public String labelKey() {
            return "svc.reply.kind." + name();
        }
    }

    /** The reply published in full, or a summary (with the reason). */
    public enum Mode {
        FULL, SUMMARY;

        public String labelKey() {
            return "svc.reply.mode." + name();
        }
    }

    /** A: resolved or adopted, B: being resolved or planned, C: kept for reference and explained. */
    public enum Classification {
        A, B, C;

        public String labelKey() {
            return "svc.reply.class." + name();
        }
    }

    /** The deputy's or member's view of the reply. */
    public enum Satisfaction {
        SATISFIED, BASIC, UNSATISFIED;

        public String labelKey() {
            return "svc.reply.satisfaction." + name();
        }
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean replied() {
        return repliedOn != null;
    }

    /** Not replied and past the reply deadline. */
    public boolean overdueOn(LocalDate today) {
        return repliedOn == null && dueOn.isBefore(today);
    }

    /** Replied after the deadline. */
    public boolean repliedLate() {
        return repliedOn != null && repliedOn.isAfter(dueOn);
    }
}
