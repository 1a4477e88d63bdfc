package org.gongkai.syndication;

import java.time.Instant;

/** One outcome of a poll: a document queued or flagged, or refused/failed with a reason code and a detail. */
public record RemoteFetch(long id, long sourceId, Instant at, Long remoteDocumentId, Outcome outcome, String reason,
                          String detail) {

    public enum Outcome {
        QUEUED, FLAGGED, REFUSED, FAILED
    }

    public String reasonKey() {
        return "remote.reason." + reason;
    }
}
