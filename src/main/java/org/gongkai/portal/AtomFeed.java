package org.gongkai.portal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The Atom feed of a module's public list (consultations, published messages, datasets, random inspections): entries
 * in, the same Atom document the site's own feeds are, out ({@link FeedXml}: every text escaped, the browser
 * stylesheet named). A module says what its entries are and never writes XML itself.
 */
public final class AtomFeed {

    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final int SUMMARY_LENGTH = 200;

    /** One entry: its page (also its id), title, when it last changed, who published it, a summary (may be null). */
    public record Entry(String url, String title, Instant updated, String author, String summary) {
    }

    private AtomFeed() {
    }

    /** The feed as a response: {@code selfUrl} its own address, {@code pageUrl} the list it follows. */
    public static ResponseEntity<String> response(String title, String selfUrl, String pageUrl, List<Entry> entries) {
        Instant updated = entries.stream().map(Entry::updated).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        List<FeedItem> items = entries.stream()
                .map(e -> new FeedItem(e.url(), e.title(), e.url(), e.updated(), shorten(e.summary()), e.author()))
                .toList();
        String xml = FeedXml.atom(new FeedXml.Channel(title, selfUrl, pageUrl, "zh-CN", updated), items);
        return ResponseEntity.ok().contentType(ATOM).body(xml);
    }

    private static String shorten(String text) {
        if (text == null || text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        return text.substring(0, SUMMARY_LENGTH) + "…";
    }
}
