package org.gongkai.participation;

import org.gongkai.calendar.DeadlineCalculator;
import org.gongkai.platform.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The reply clock of messages: the reply is due the Nth working day after the day a message arrives (or is
 * transferred), N set per organisation and type ({@code message_reply_period}), else
 * {@code gongkai.messages.reply-days} (10). A message is near due from {@code near-days} (3) working days before.
 */
@Component
class ReplyClock {

    private final MessageStore store;
    private final DeadlineCalculator deadlines;
    private final Clock clock;
    private final int defaultDays;
    private final int nearDays;

    ReplyClock(MessageStore store, DeadlineCalculator deadlines, Clock clock,
               @Value("${gongkai.messages.reply-days:10}") int defaultDays,
               @Value("${gongkai.messages.near-days:3}") int nearDays) {
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
        this.defaultDays = defaultDays;
        this.nearDays = nearDays;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.CHINA);
    }

    Instant now() {
        return clock.instant();
    }

    int defaultDays() {
        return defaultDays;
    }

    /** The working days each type has at the organisation. */
    Map<MessageType, Integer> periods(long organisationId) {
        Map<MessageType, Integer> set = store.replyPeriods(organisationId);
        Map<MessageType, Integer> all = new EnumMap<>(MessageType.class);
        for (MessageType t : MessageType.values()) {
            all.put(t, set.getOrDefault(t, defaultDays));
        }
        return all;
    }

    int days(long organisationId, MessageType type) {
        return periods(organisationId).get(type);
    }

    LocalDate due(LocalDate from, int workingDays) {
        return deadlines.deadline(from, workingDays).due();
    }

    /** The last due date that counts as near due today. */
    LocalDate nearBy(LocalDate today) {
        return deadlines.deadline(today, nearDays).due();
    }
}
