package org.gongkai.opendata;

import java.time.Instant;

/** A resource that is a link to an address elsewhere (od_link); public once published and while not removed. */
record DataLink(long id, long datasetId, String title, String url, Instant createdAt, Instant publishedAt,
                Instant removedAt) {

    public boolean published() {
        return publishedAt != null;
    }

    public boolean removed() {
        return removedAt != null;
    }
}
