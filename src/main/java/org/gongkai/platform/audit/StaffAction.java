package org.gongkai.platform.audit;

import java.util.Map;

/**
 * Published by any module for every staff action, inside the action's transaction; the audit module appends
 * it to the tamper-evident log in that same transaction (so an action and its record commit together).
 * It lives on the ground floor so that every module can record its actions without depending on the audit
 * module, whose pages in turn read {@code identity} (who may read which organisation's entries).
 *
 * @param actorId   the staff user, or null for the system itself (scheduled jobs, first start)
 * @param actorName the user name as shown, or "system"
 * @param organisationId the organisation the action concerns, if any
 * @param action    a dotted verb such as {@code document.publish}
 * @param targetType what was acted on, such as {@code document}
 * @param targetId  its id, as text
 * @param before    the relevant state before (may be empty)
 * @param after     the relevant state after (may be empty)
 */
public record StaffAction(Long actorId, String actorName, Long organisationId, String action,
                          String targetType, String targetId, Map<String, Object> before, Map<String, Object> after) {

    public static StaffAction system(String action, String targetType, Object targetId, Map<String, Object> after) {
        return new StaffAction(null, "system", null, action, targetType, String.valueOf(targetId), Map.of(), after);
    }
}
