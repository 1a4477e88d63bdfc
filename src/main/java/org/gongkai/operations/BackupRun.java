package org.gongkai.operations;

import java.time.Instant;

/** One backup as the admin page lists it. */
record BackupRun(long id, Instant startedAt, Instant finishedAt, String trigger, String status, String file,
                 Long bytes, String sha256, String error) {

    boolean succeeded() {
        return "SUCCEEDED".equals(status);
    }

    boolean failed() {
        return "FAILED".equals(status);
    }
}
