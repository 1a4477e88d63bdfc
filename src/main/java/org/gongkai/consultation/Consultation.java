package org.gongkai.consultation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A consultation on a draft decision. Times are instants; pages show them in Beijing time. */
record Consultation(long id, long organisationId, String title, String draftingDepartment, String explanation,
                    Instant opensAt, Instant closesAt, String shortPeriodReason, List<Channel> channels,
                    String contact, boolean publishComments, boolean published, Instant publishedAt,
                    String reportSummary, Instant reportPublishedAt, Instant createdAt, int version,
                    boolean nameRequired) {

    public Phase phase(Instant now) {
        if (!published) {
            return Phase.DRAFT;
        }
        if (reportPublishedAt != null) {
            return Phase.REPORTED;
        }
        if (now.isBefore(opensAt)) {
            return Phase.UPCOMING;
        }
        return now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
    }

    /** The period in whole days (rounded down), as the 30-day rule counts it. */
    public long days() {
        return Duration.between(opensAt, closesAt).toDays();
    }

    public boolean online() {
        return channels.contains(Channel.ONLINE);
    }
}
