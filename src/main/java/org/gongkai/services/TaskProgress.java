package org.gongkai.services;

import java.time.Instant;
import java.time.LocalDate;

/** A progress update on a task, with its evidence: a published document, or a link. Written once. */
public record TaskProgress(long id, long taskId, LocalDate reportedOn, int percent, String summary,
                           Long evidenceDocument, String evidenceUrl, Instant publishedAt) {

    /** Where the evidence is, as written in the CSV and linked on the pages. */
    public String evidence() {
        return evidenceDocument != null ? "/documents/" + evidenceDocument : evidenceUrl;
    }
}
