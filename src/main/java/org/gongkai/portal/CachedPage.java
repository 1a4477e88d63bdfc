package org.gongkai.portal;

import java.time.Instant;
import java.util.Set;

/**
 * A rendered public page kept by the {@link PageCache}: its bytes as sent and gzipped, their entity tags, and what
 * it depends on.
 *
 * @param tags           what the page shows (see {@link CacheTags}): evicting any of them drops the page
 * @param readDocumentId the document whose read counter a request for this page increments, or null
 */
record CachedPage(byte[] identity, byte[] gzip, String etag, String contentType, String contentLanguage,
                  Set<String> tags, Long readDocumentId, Instant storedAt) {

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    long size() {
        return identity.length + gzip.length + 256L;
    }
}
