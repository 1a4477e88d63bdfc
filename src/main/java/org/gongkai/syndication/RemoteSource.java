package org.gongkai.syndication;

import java.time.Instant;

/**
 * A source on another site that staff proposed: an organisation on another Gongkai instance (its signed log), or an
 * outside site's RSS/Atom feed or page ({@code sourceUrl}). Fetched only once APPROVED.
 */
public record RemoteSource(long id, long organisationId, String baseUrl, String sourceSlug, String keyId,
                           String label, Status status, long proposedBy, Instant proposedAt, Long decidedBy,
                           Instant decidedAt, String decisionNote, Instant lastPolledAt, Kind kind,
                           String sourceUrl) {

    public enum Kind {
        /** An organisation on another Gongkai instance, verified through its transparency log. */
        GONGKAI,
        /** An outside site's RSS or Atom feed. */
        FEED,
        /** One outside page, watched for changes. */
        PAGE;

        public String labelKey() {
            return "remote.kind." + name();
        }
    }

    /** What staff entered: the instance's organisation address, or the feed's / page's address. */
    public String address() {
        return kind == Kind.GONGKAI ? baseUrl + "/o/" + sourceSlug : sourceUrl;
    }

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
