package org.gongkai.participation;

import org.gongkai.inspection.QuestionBacklog;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Tells the site self-inspection which valid messages are still unanswered (veto 5 of 国办秘函〔2019〕19号): every
 * open message, of any type, counts for the organisation responsible for it now; messages set aside as spam,
 * duplicates or off topic do not.
 */
@Component
class MessageQuestionBacklog implements QuestionBacklog {

    private final MessageStore store;

    MessageQuestionBacklog(MessageStore store) {
        this.store = store;
    }

    @Override
    public List<Unanswered> unansweredSince(long organisationId, LocalDate receivedBefore) {
        return store.openReceivedBefore(organisationId, receivedBefore).stream()
                .map(m -> new Unanswered(m.id(), m.subject(), m.receivedOn(), "/admin/messages/" + m.id()))
                .toList();
    }

    @Override
    public Map<Long, Long> countUnansweredSince(Collection<Long> organisationIds, LocalDate receivedBefore) {
        return organisationIds.isEmpty() ? Map.of() : store.countOpenReceivedBefore(organisationIds, receivedBefore);
    }
}
