package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** A normative-document clean-up (规范性文件清理): what it was, when decided, whether applied and published. */
public record CleanUp(long id, long organisationId, String title, String basis, LocalDate decidedOn,
                      Instant appliedAt, Instant publishedAt, Instant updatedAt) {

    /** What a clean-up decided for one document. */
    public enum Decision {
        KEPT, AMENDED, REPEALED;

        public String labelKey() {
            return "svc.cleanup.decision." + name();
        }
    }

    /** One document of a clean-up and its decision; {@code editionStarted} is null until applied. */
    public record Item(long id, long cleanUpId, long documentId, Decision decision, Long replacedBy, String reason,
                       Boolean editionStarted) {
    }

    public boolean applied() {
        return appliedAt != null;
    }

    public boolean published() {
        return publishedAt != null;
    }
}
