package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * The reply (Art. 36): exactly one outcome with its sub-reason, and the text of the reply letter. Only while the
 * clock runs: a consultation must be ended, a fee paid, a correction received first.
 */
@Service
class ReplyToApplication {

    private final Transitions transitions;
    private final CloseApplication close;

    ReplyToApplication(Transitions transitions, CloseApplication close) {
        this.transitions = transitions;
        this.close = close;
    }

    @Transactional // (called on this object, so the annotation on the other overload would not apply)
    void reply(StaffUser user, long id, ReplyOutcome outcome, String text) {
        reply(user, id, outcome, text, null);
    }

    /**
     * {@code on}: the day the reply was sent (a letter posted on 30 December and entered on 4 January counts in
     * December's year), not after today nor before receipt; null: today.
     */
    @Transactional
    void reply(StaffUser user, long id, ReplyOutcome outcome, String text, LocalDate on) {
        DisclosureApplication app = transitions.begin(user, id, ApplicationStatus.IN_PROGRESS);
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "app.error.outcome");
        }
        if (!outcome.chosenByStaff()) {
            throw new ConflictException("app.conflict.outcomeReserved");
        }
        if (text == null || text.isBlank() || text.length() > 20_000) {
            throw InvalidInputException.of("text", "app.error.replyText");
        }
        LocalDate sentOn = transitions.pastDate(on, app.receivedOn(), "on",
                "app.error.replyOnFuture", "app.error.replyOnBeforeReceipt");
        close.close(user, app, outcome, text.strip(), sentOn);
    }
}
