package org.gongkai.participation;

import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writer rates the reply, once, from the tracking page (the tracking number and query code are the proof of who
 * they are); the rating counts in the statistics, the comment is for staff only. A writer who is dissatisfied may
 * ask once for a second look, which goes to the head of office ({@link HandleMessage#answerSecondLook}).
 */
@Service
class RateReply {

    static final int COMMENT_MAX = 500;

    private final MessageStore store;
    private final ReplyClock clock;

    RateReply(MessageStore store, ReplyClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    void rate(CitizenMessage m, String rating, String comment) {
        Rating r;
        try {
            r = Rating.valueOf(String.valueOf(rating).strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("rating", "msg.error.rating");
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > COMMENT_MAX) {
            throw InvalidInputException.of("ratingComment", "msg.error.ratingComment");
        }
        if (!m.rateable() || !store.rate(m.id(), r, c, clock.now())) {
            throw new ConflictException("msg.rating.notNow");
        }
        store.event(m.id(), "RATED", null, null, null, null, true);
    }

    /** A dissatisfied writer asks, once, for the head of office to look again; the reason is optional. */
    @Transactional
    void askSecondLook(CitizenMessage m, String reason) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (r != null && r.length() > COMMENT_MAX) {
            throw InvalidInputException.of("secondLookReason", "msg.error.secondLookReason");
        }
        if (!m.secondLookAskable() || !store.askSecondLook(m.id(), r, clock.now())) {
            throw new ConflictException("msg.secondLook.notNow");
        }
        store.event(m.id(), "SECOND_LOOK_ASKED", null, null, null, null, true);
    }
}
