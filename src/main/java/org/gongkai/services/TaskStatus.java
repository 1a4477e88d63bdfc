package org.gongkai.services;

/** Where a ledger task stands. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String labelKey() {
        return "svc.task.status." + name();
    }
}
