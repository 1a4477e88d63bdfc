package org.gongkai.consultation;

import org.gongkai.identity.OrganisationAccess;
import org.gongkai.identity.Role;
import org.gongkai.identity.StaffUser;
import org.gongkai.platform.Zones;
import org.gongkai.platform.audit.StaffAction;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Staff enter a comment received by e-mail, by post, at a 座谈会 or a 听证会 — one of the channels the consultation
 * named — marked as such. It may be entered after the closing time (a letter takes days) but not after the report is
 * published, and its day of receipt lies between the opening day and today. It is moderated like any other comment.
 */
@Service
public class EnterComment {

    private final ConsultationStore store;
    private final DraftConsultation drafts;
    private final OrganisationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnterComment(ConsultationStore store, DraftConsultation drafts, OrganisationAccess access,
                 ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long enter(StaffUser user, long consultationId, EnteredCommentInput in) {
        Consultation c = drafts.get(user, consultationId);
        access.requireRole(user, c.organisationId(), Role.EDITOR, Role.PUBLISHER);
        if (!c.published()) {
            throw new ConflictException("consult.entered.notPublished");
        }
        if (c.reportPublishedAt() != null) {
            throw new ConflictException("consult.error.reported");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long passageId = null;
        if (in.passage() != null && !in.passage().isBlank()) {
            passageId = store.passages(consultationId).stream()
                    .filter(p -> String.valueOf(p.id()).equals(in.passage().strip())).map(Passage::id)
                    .findFirst().orElse(null);
            if (passageId == null) {
                errors.put("passage", "consult.comment.error.passage");
            }
        }
        Channel channel = null;
        try {
            channel = in.channel() == null ? null : Channel.valueOf(in.channel().strip());
        } catch (IllegalArgumentException e) {
            // the field's message below
        }
        if (channel == null || channel == Channel.ONLINE || !c.channels().contains(channel)) {
            errors.put("channel", "consult.entered.error.channel");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        LocalDate received = null;
        try {
            received = in.receivedOn() == null ? null : LocalDate.parse(in.receivedOn().strip());
        } catch (DateTimeParseException e) {
            // the field's message below
        }
        if (received == null || received.isAfter(today)
                || received.isBefore(c.opensAt().atZone(Zones.CHINA).toLocalDate())) {
            errors.put("receivedOn", "consult.entered.error.receivedOn");
        }
        String body = in.body();
        if (body == null || body.isBlank()) {
            errors.put("body", "consult.comment.error.body");
        } else if (body.length() > ReceiveComment.BODY_MAX) {
            errors.put("body", "consult.comment.error.bodyTooLong");
        }
        String name = DraftConsultation.text(in.name());
        if (name != null && name.length() > ReceiveComment.NAME_MAX) {
            errors.put("name", "consult.error.tooLong");
        }
        String contact = DraftConsultation.text(in.contact());
        if (contact != null && contact.length() > ReceiveComment.CONTACT_MAX) {
            errors.put("contact", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the day as recorded, at noon Beijing time (a time of day the paper did not carry is not invented),
        // but never later than now: a letter entered this morning was not received this afternoon
        Instant noon = received.atTime(12, 0).atZone(Zones.CHINA).toInstant();
        Instant now = clock.instant();
        Instant receivedAt = noon.isAfter(now) ? now : noon;
        long id = store.insertEnteredComment(consultationId, passageId, name, contact, body, channel, receivedAt,
                user.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("consultation", consultationId);
        after.put("channel", channel.name());
        after.put("receivedOn", received.toString());
        events.publishEvent(new StaffAction(user.id(), user.username(), c.organisationId(),
                "consultation.commentEntered", "consultation_comment", String.valueOf(id), Map.of(), after));
        return id;
    }
}
