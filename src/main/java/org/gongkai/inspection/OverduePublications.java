package org.gongkai.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module owes the public by a statutory deadline and has not published, for the site self-inspection's list
 * of what to fix: a department budget not published within twenty days of approval (预算法 art. 14), and the like.
 * A module answers by declaring a bean that implements this interface; the inspection lists each item as overdue,
 * with the module's own wording and the back-office page where it is published. These are not vetoes of
 * 国办秘函〔2019〕19号, so they do not change a site's verdicts.
 */
public interface OverduePublications {

    /**
     * One overdue publication.
     *
     * @param subject    what it is, such as the budget's title
     * @param problemKey the message saying what is overdue (in the module's bundle), with {@code args}
     * @param dueOn      the last day it should have been published
     * @param adminPath  where it is published, such as {@code /admin/budgets/42}
     */
    record Overdue(String subject, String problemKey, List<Object> args, LocalDate dueOn, String adminPath) {
    }

    /** The organisation's publications whose last day was before {@code today}, oldest deadline first. */
    List<Overdue> overdue(long organisationId, LocalDate today);
}
