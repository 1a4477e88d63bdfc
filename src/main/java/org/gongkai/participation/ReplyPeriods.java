package org.gongkai.participation;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets the working days an organisation gives itself to reply to each type of message (1–60). A change applies to
 * messages received (or transferred in) afterwards; a running clock keeps the period it started with.
 */
@Service
class ReplyPeriods {

    static final int MIN = 1;
    static final int MAX = 60;

    private final MessageStore store;
    private final MessageAccess access;
    private final ReplyClock clock;
    private final ApplicationEventPublisher events;

    ReplyPeriods(MessageStore store, MessageAccess access, ReplyClock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    void save(StaffUser user, Map<MessageType, String> typed) {
        long org = user.organisationId();
        access.requireAct(user, org);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<MessageType, Integer> values = new LinkedHashMap<>();
        for (MessageType t : MessageType.values()) {
            String v = typed.get(t);
            try {
                int days = Integer.parseInt(v == null ? "" : v.strip());
                if (days < MIN || days > MAX) {
                    throw new NumberFormatException();
                }
                values.put(t, days);
            } catch (NumberFormatException e) {
                errors.put("days" + t.name(), "msg.error.days");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<MessageType, Integer> before = clock.periods(org);
        values.forEach((t, d) -> store.setReplyPeriod(org, t, d));
        Map<String, Object> was = new LinkedHashMap<>();
        Map<String, Object> now = new LinkedHashMap<>();
        values.forEach((t, d) -> {
            if (!d.equals(before.get(t))) {
                was.put(t.name(), before.get(t));
                now.put(t.name(), d);
            }
        });
        events.publishEvent(new StaffAction(user.id(), user.username(), org, "message.replyPeriods",
                "organisation", String.valueOf(org), was, now));
    }
}
