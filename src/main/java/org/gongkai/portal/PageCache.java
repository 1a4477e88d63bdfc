package org.gongkai.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Rendered public pages of this node, in memory: bytes and gzip bytes with an ETag, least recently used dropped
 * beyond a size budget, and every page re-rendered after a maximum age (so that changes that publish no event —
 * a renamed catalog node, an edited footer — show within that age).
 * <p>
 * A render that started before an eviction is not stored: {@link #generation()} is read before rendering and
 * {@link #put} refuses when it has moved since, so a page built from data older than a change never outlives it.
 */
@Component
class PageCache {

    private final long maxBytes;
    private final Duration maxAge;
    private final Clock clock;
    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    PageCache(@Value("${gongkai.portal.cache.max-bytes:134217728}") long maxBytes,
              @Value("${gongkai.portal.cache.max-age:PT10M}") Duration maxAge, Clock clock) {
        this.maxBytes = maxBytes;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    long generation() {
        return generation.get();
    }

    synchronized CachedPage get(String key) {
        CachedPage page = pages.get(key);
        if (page != null && page.storedAt().plus(maxAge).isBefore(clock.instant())) {
            remove(key);
            return null;
        }
        return page;
    }

    /** Builds the entry for rendered bytes; stores it unless an eviction happened since {@code renderedAt}. */
    CachedPage put(String key, long renderedAt, byte[] body, String contentType, List<CachedPage.Header> headers,
                   Set<String> tags, Long readDocumentId) {
        CachedPage page = new CachedPage(body, gzip(body), etag(body), contentType, List.copyOf(headers), Set.copyOf(tags),
                readDocumentId, clock.instant());
        synchronized (this) {
            if (generation.get() == renderedAt && page.size() <= maxBytes / 4) {
                remove(key);
                pages.put(key, page);
                bytes += page.size();
                trim();
            }
        }
        return page;
    }

    /** Drops every page carrying any of the tags; answers how many. */
    int evict(Collection<String> tags) {
        synchronized (this) {
            generation.incrementAndGet();
            int n = 0;
            for (Iterator<Map.Entry<String, CachedPage>> it = pages.entrySet().iterator(); it.hasNext(); ) {
                CachedPage p = it.next().getValue();
                if (tags.stream().anyMatch(p.tags()::contains)) {
                    bytes -= p.size();
                    it.remove();
                    n++;
                }
            }
            return n;
        }
    }

    synchronized void clear() {
        generation.incrementAndGet();
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }

    private void remove(String key) {
        CachedPage old = pages.remove(key);
        if (old != null) {
            bytes -= old.size();
        }
    }

    private void trim() {
        for (Iterator<CachedPage> it = pages.values().iterator(); bytes > maxBytes && it.hasNext(); ) {
            bytes -= it.next().size();
            it.remove();
        }
    }

    static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    Instant now() {
        return clock.instant();
    }
}
