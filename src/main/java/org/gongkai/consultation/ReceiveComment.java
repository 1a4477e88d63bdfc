package org.gongkai.consultation;

import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.gongkai.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Takes a comment from the public on a published consultation while it is open, on one passage or on the whole
 * draft. The text is stored exactly as typed (pages render it as text); the contact is for staff only. Every comment
 * waits for moderation.
 */
@Service
public class ReceiveComment {

    static final int BODY_MAX = 5000;
    static final int NAME_MAX = 100;
    static final int CONTACT_MAX = 200;

    private final ConsultationStore store;
    private final Clock clock;

    ReceiveComment(ConsultationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The comment's id; 409 with a message saying why when the consultation is not open. */
    @Transactional
    public long receive(long consultationId, String passage, String name, String contact, String body) {
        Consultation c = store.find(consultationId).filter(Consultation::published)
                .orElseThrow(() -> new NotFoundException("consultation", consultationId));
        Phase phase = c.phase(clock.instant());
        if (phase == Phase.UPCOMING) {
            throw new ConflictException("consult.comment.notYetOpen");
        }
        if (phase != Phase.OPEN) {
            throw new ConflictException("consult.comment.closed");
        }
        if (!c.online()) {
            throw new ConflictException("consult.comment.notOnline");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Long passageId = null;
        if (passage != null && !passage.isBlank()) {
            passageId = store.passages(consultationId).stream().filter(p -> String.valueOf(p.id()).equals(passage.strip()))
                    .map(Passage::id).findFirst().orElse(null);
            if (passageId == null) {
                errors.put("passage", "consult.comment.error.passage");
            }
        }
        if (body == null || body.isBlank()) {
            errors.put("body", "consult.comment.error.body");
        } else if (body.length() > BODY_MAX) {
            errors.put("body", "consult.comment.error.bodyTooLong");
        }
        String n = DraftConsultation.text(name);
        if (n != null && n.length() > NAME_MAX) {
            errors.put("name", "consult.error.tooLong");
        } else if (n == null && c.nameRequired()) {
            errors.put("name", "consult.comment.error.name");
        }
        String ct = DraftConsultation.text(contact);
        if (ct != null && ct.length() > CONTACT_MAX) {
            errors.put("contact", "consult.error.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return store.insertComment(consultationId, passageId, n, ct, body);
    }
}
