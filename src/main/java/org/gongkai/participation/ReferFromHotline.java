package org.gongkai.participation;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message referred in from a 12345 hotline: staff of the organisation enter it with the hotline's work-order number
 * (unique; V87). It is then an ordinary message on the organisation's clock; its tracking number and query code are
 * shown once to the person who entered it, to pass back through the hotline.
 */
@Service
class ReferFromHotline {

    private final ReceiveMessage receive;
    private final MessageAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ReferFromHotline(ReceiveMessage receive, MessageAccess access, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.receive = receive;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    ReceiveMessage.Receipt refer(StaffUser user, MessageForm form, String hotlineNumber) {
        access.requireAct(user, user.organisationId());
        Map<String, String> errors = new LinkedHashMap<>();
        String number = hotlineNumber == null ? "" : hotlineNumber.strip();
        if (!number.matches("[0-9A-Za-z-]{1,40}")) {
            errors.put("hotlineNumber", "msg.error.hotlineNumber");
        } else if (jdbc.sql("select count(*) from citizen_message where hotline_number = ?").param(number)
                .query(Long.class).single() > 0) {
            errors.put("hotlineNumber", "msg.error.hotlineNumberTaken");
        }
        MessageDraft draft = null;
        try {
            draft = form.check();
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReceiveMessage.Receipt r = receive.receive(user.organisationId(), draft);
        jdbc.sql("update citizen_message set hotline_number = ?, referred_by = ? where id = ?")
                .params(number, user.id(), r.id()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("hotlineNumber", number);
        after.put("trackingNumber", r.trackingNumber());
        events.publishEvent(new StaffAction(user.id(), user.username(), user.organisationId(), "message.referral",
                "citizen_message", String.valueOf(r.id()), Map.of(), after));
        return r;
    }
}
