package org.gongkai.application;

import org.gongkai.identity.StaffUser;
import org.gongkai.platform.web.ConflictException;
import org.gongkai.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional
    void reply(StaffUser user, long id, ReplyOutcome outcome, String text) {
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
        close.close(user, app, outcome, text.strip());
    }
}
