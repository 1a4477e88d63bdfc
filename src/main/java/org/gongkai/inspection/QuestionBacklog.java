package org.gongkai.inspection;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the site self-inspection needs from a public questions and consultation feature (留言咨询, 互动交流), which
 * the platform does not have yet: 国办秘函〔2019〕19号 fails a site (veto 5) when a valid question has been left
 * unanswered for more than 3 months. A later module answers by declaring a bean that implements this interface;
 * until one exists the inspection shows that check as <em>not checked</em>, never as passed.
 */
public interface QuestionBacklog {

    /**
     * A valid question (not spam, not a duplicate) that has no answer yet.
     *
     * @param adminPath the back-office page where it is answered, such as {@code /admin/questions/42}
     */
    record Unanswered(long id, String subject, LocalDate receivedOn, String adminPath) {
    }

    /** The organisation's valid questions received before the day and still unanswered, oldest first. */
    List<Unanswered> unansweredSince(long organisationId, LocalDate receivedBefore);

    /**
     * How many valid questions received before the day each organisation has left unanswered, in one query;
     * organisations with none may be absent from the map.
     */
    Map<Long, Long> countUnansweredSince(Collection<Long> organisationIds, LocalDate receivedBefore);
}
