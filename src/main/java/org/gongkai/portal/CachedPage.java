package org.gongkai.portal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A rendered public page kept by the {@link PageCache}: its bytes as sent and gzipped, their entity tags, and what
 * it depends on.
 *
 * @param headers        the rendered response's headers, replayed on hits (the filter runs before the security
 *                       filters, so their headers come from here)
 * @param tags           what the page shows (see {@link CacheTags}): evicting any of them drops the page
 * @param readDocumentId the document whose read counter a request for this page increments, or null
 */
record CachedPage(byte[] identity, byte[] gzip, String etag, String contentType, List<Header> headers,
                  Set<String> tags, Long readDocumentId, Instant storedAt) {

    /** A response header of the rendered page (security headers, Content-Language) replayed on every hit. */
    record Header(String name, String value) {
    }

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    long size() {
        return identity.length + gzip.length + 256L;
    }
}
