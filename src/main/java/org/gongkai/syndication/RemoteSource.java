package org.gongkai.syndication;

import java.time.Instant;

/** An organisation on another Gongkai instance that staff proposed as a source; fetched only once APPROVED. */
public record RemoteSource(long id, long organisationId, String baseUrl, String sourceSlug, String keyId,
                           String label, Status status, long proposedBy, Instant proposedAt, Long decidedBy,
                           Instant decidedAt, String decisionNote, Instant lastPolledAt) {

    public enum Status {
        PROPOSED, APPROVED, REJECTED;

        public String labelKey() {
            return "remote.status." + name();
        }
    }

    /** The source's public feed of documents. */
    String feedUrl() {
        return baseUrl + "/o/" + sourceSlug + "/feed.atom";
    }

    String keyUrl() {
        return baseUrl + "/api/v1/public/transparency/public-key";
    }

    String proofUrl(long documentId) {
        return baseUrl + "/api/v1/public/transparency/documents/" + documentId + "/latest";
    }

    /** The original's public page on the source instance. */
    public String documentUrl(long documentId) {
        return baseUrl + "/documents/" + documentId;
    }
}
