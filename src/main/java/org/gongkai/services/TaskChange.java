package org.gongkai.services;

import java.time.Instant;
import java.util.Map;

/** One entry of a task's history: what changed, from what to what. */
public record TaskChange(long id, long taskId, Instant at, String action, Map<String, Object> was,
                         Map<String, Object> now) {

    public String labelKey() {
        return "svc.task.change." + action;
    }
}
